import type { ReportAction, ReportReason, ReportStatus } from "@/db/schema/content-reports";
import type { ModeratedTargetType, ReportDto, ReportedTargetDto, ReportTargetDto } from "./schemas";

const excerptLength = 280;

/** The start of a post or reply as plain text on one line, cut at a word where it can be. */
export function excerptOf(content: string): string {
  const flat = content.replace(/\s+/g, " ").trim();
  if (flat.length <= excerptLength) return flat;
  const cut = flat.slice(0, excerptLength);
  const space = cut.lastIndexOf(" ");
  return `${(space > excerptLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** How a report names its target inside this module: "forum_post:12". */
export const targetKey = (type: string, id: number) => `${type}:${id}`;

export interface ReportRowWithReporter {
  uuid: string;
  targetType: ModeratedTargetType;
  targetId: number;
  reason: ReportReason;
  details: string | null;
  status: ReportStatus;
  action: ReportAction | null;
  resolutionNote: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
  reporterName: string;
}

export interface TargetCounts {
  total: number;
  open: number;
}

export function toReportDto(
  row: ReportRowWithReporter,
  target: ReportTargetDto | null,
  counts: TargetCounts | undefined,
): ReportDto {
  return {
    id: row.uuid,
    targetType: row.targetType,
    target,
    reason: row.reason,
    details: row.details,
    reporterName: row.reporterName,
    status: row.status,
    action: row.action,
    resolutionNote: row.resolutionNote,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    reportedAt: row.createdAt.toISOString(),
    targetReportCount: counts?.total ?? 0,
    targetOpenReportCount: counts?.open ?? 0,
  };
}

/**
 * Reports grouped by their target, in the order the targets are given (the queue's order), each
 * group's reports in the order given. Targets without reports are left out.
 */
export function groupByTarget(
  order: readonly { key: string; targetType: ModeratedTargetType }[],
  reports: readonly { key: string; dto: ReportDto }[],
): ReportedTargetDto[] {
  const byKey = new Map<string, ReportDto[]>();
  for (const r of reports) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.dto]);
  return order.flatMap(({ key, targetType }) => {
    const group = byKey.get(key);
    if (!group || group.length === 0) return [];
    return [{ key, targetType, target: group[0]!.target, reports: group }];
  });
}

import "server-only";
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { contentReports, reportStatuses, users, type ReportStatus } from "@/db/schema";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { requireAdmin } from "@/lib/admin/policy";
import {
  groupByTarget,
  targetKey,
  toReportDto,
  type ReportRowWithReporter,
  type TargetCounts,
} from "./mappers";
import {
  moderatedTargetTypes,
  type ListReportsQuery,
  type ModeratedTargetType,
  type ReportDto,
  type ReportedTargetDto,
} from "./schemas";
import { findTargets } from "./targets";

const forumOnly = inArray(contentReports.targetType, [...moderatedTargetTypes]);
const ofStatus = (status: ReportStatus) => and(forumOnly, eq(contentReports.status, status));
/** Open reports wait longest first; settled ones show the latest decision first. */
const isOpen = (status: ReportStatus) => status === "pending" || status === "reviewed";
const decidedAt = sql`coalesce(${contentReports.resolvedAt}, ${contentReports.createdAt})`;

const reportColumns = {
  uuid: contentReports.uuid,
  targetType: contentReports.targetType,
  targetId: contentReports.targetId,
  reason: contentReports.reason,
  details: contentReports.details,
  status: contentReports.status,
  action: contentReports.action,
  resolutionNote: contentReports.resolutionNote,
  resolvedAt: contentReports.resolvedAt,
  createdAt: contentReports.createdAt,
  reporterName: users.fullName,
};

/** Every report and every open one, per target. */
async function countsOf(
  on: Queryable,
  refs: readonly { targetType: string; targetId: number }[],
): Promise<Map<string, TargetCounts>> {
  const counts = new Map<string, TargetCounts>();
  if (refs.length === 0) return counts;
  const rows = await on
    .select({
      targetType: contentReports.targetType,
      targetId: contentReports.targetId,
      total: count(),
      open: sql<number>`count(*) filter (where ${contentReports.status} in ('pending', 'reviewed'))`,
    })
    .from(contentReports)
    .where(sameTargets(refs))
    .groupBy(contentReports.targetType, contentReports.targetId);
  for (const r of rows)
    counts.set(targetKey(r.targetType, r.targetId), {
      total: Number(r.total),
      open: Number(r.open),
    });
  return counts;
}

function sameTargets(refs: readonly { targetType: string; targetId: number }[]): SQL | undefined {
  return or(
    ...refs.map((r) =>
      and(
        eq(contentReports.targetType, r.targetType as ModeratedTargetType),
        eq(contentReports.targetId, r.targetId),
      ),
    ),
  );
}

/** Report rows as DTOs, each with its target (or null once gone) and its target's counts. */
async function withTargets(rows: ReportRowWithReporter[]) {
  const [targets, counts] = await Promise.all([findTargets(db, rows), countsOf(db, rows)]);
  return rows.map((row) => {
    const key = targetKey(row.targetType, row.targetId);
    return { key, dto: toReportDto(row, targets.get(key) ?? null, counts.get(key)) };
  });
}

/** GET /admin/reports: forum reports of one status, each with its target and reporter (admins only). */
export async function listReports(actor: Actor, query: ListReportsQuery): Promise<Page<ReportDto>> {
  requireAdmin(actor);
  const where = ofStatus(query.status);
  const order = isOpen(query.status)
    ? [asc(contentReports.createdAt), asc(contentReports.id)]
    : [desc(decidedAt), desc(contentReports.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select(reportColumns)
      .from(contentReports)
      .innerJoin(users, eq(users.id, contentReports.reporterId))
      .where(where)
      .orderBy(...order)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(contentReports).where(where),
  ]);
  const data = await withTargets(rows as ReportRowWithReporter[]);
  return {
    data: data.map((d) => d.dto),
    meta: { page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) },
  };
}

/**
 * The page's queue (X3): reported targets with their reports of one status, a page of targets at
 * a time, and how many reports each status holds (for the tabs). Admins only.
 */
export async function listReportQueue(
  actor: Actor,
  query: ListReportsQuery,
): Promise<{ page: Page<ReportedTargetDto>; counts: Record<ReportStatus, number> }> {
  requireAdmin(actor);
  const where = ofStatus(query.status);
  const first = sql`min(${contentReports.createdAt})`;
  const latest = sql`max(${decidedAt})`;
  const [targets, [total], byStatus] = await Promise.all([
    db
      .select({ targetType: contentReports.targetType, targetId: contentReports.targetId })
      .from(contentReports)
      .where(where)
      .groupBy(contentReports.targetType, contentReports.targetId)
      .orderBy(
        isOpen(query.status) ? asc(first) : desc(latest),
        asc(contentReports.targetType),
        asc(contentReports.targetId),
      )
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({
        n: sql<number>`count(distinct (${contentReports.targetType}, ${contentReports.targetId}))`,
      })
      .from(contentReports)
      .where(where),
    db
      .select({ status: contentReports.status, n: count() })
      .from(contentReports)
      .where(forumOnly)
      .groupBy(contentReports.status),
  ]);
  const counts = Object.fromEntries(reportStatuses.map((s) => [s, 0])) as Record<
    ReportStatus,
    number
  >;
  for (const row of byStatus) counts[row.status] = Number(row.n);
  const meta = { page: query.page, pageSize: query.pageSize, total: Number(total?.n ?? 0) };
  if (targets.length === 0) return { page: { data: [], meta }, counts };
  const rows = await db
    .select(reportColumns)
    .from(contentReports)
    .innerJoin(users, eq(users.id, contentReports.reporterId))
    .where(and(where, sameTargets(targets)))
    .orderBy(asc(contentReports.createdAt), asc(contentReports.id));
  const reports = await withTargets(rows as ReportRowWithReporter[]);
  const order = targets.map((t) => ({
    key: targetKey(t.targetType, t.targetId),
    targetType: t.targetType as ModeratedTargetType,
  }));
  return { page: { data: groupByTarget(order, reports), meta }, counts };
}

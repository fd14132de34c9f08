import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { contentReports } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { recordAdminAction } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/policy";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { targetKey } from "../mappers";
import { moderatedTargetTypes, type DismissResultDto, type OptionalReasonInput } from "../schemas";
import { findTargets } from "../targets";
import { settleOpenReports } from "./settle";

const isModerated = (t: string): t is (typeof moderatedTargetTypes)[number] =>
  (moderatedTargetTypes as readonly string[]).includes(t);

/**
 * Dismisses a report: nothing needs doing about its target, so every open report on that target
 * is dismissed with it (the queue shows them as one). The author is not told: nothing changed for
 * them. 409 when the report was already settled.
 */
export async function dismissReport(
  actor: Actor,
  reportUuid: string,
  input: OptionalReasonInput,
): Promise<DismissResultDto> {
  requireAdmin(actor);
  if (!isUuid(reportUuid)) throw notFound("report");
  return db.transaction(async (tx) => {
    const [report] = await tx
      .select({
        id: contentReports.id,
        uuid: contentReports.uuid,
        targetType: contentReports.targetType,
        targetId: contentReports.targetId,
        status: contentReports.status,
      })
      .from(contentReports)
      .where(eq(contentReports.uuid, reportUuid))
      .for("update")
      .limit(1);
    const targetType = report?.targetType;
    if (!report || !targetType || !isModerated(targetType)) throw notFound("report");
    if (report.status !== "pending" && report.status !== "reviewed")
      throw new AppError("conflict", `This report was already ${report.status}.`);
    const target = { targetType, targetId: report.targetId };
    const settledReports = await settleOpenReports(tx, actor, [target], {
      status: "dismissed",
      note: input.reason ?? null,
    });
    const found = (await findTargets(tx, [target])).get(targetKey(targetType, report.targetId));
    await recordAdminAction(tx, actor, {
      action: "report_dismissed",
      targetType: "content_report",
      targetUuid: report.uuid,
      targetLabel: found ? `${found.title}: ${found.excerpt}`.slice(0, 200) : null,
      reason: input.reason ?? null,
    });
    return { id: report.uuid, status: "dismissed", settledReports };
  });
}

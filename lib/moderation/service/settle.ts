import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { contentReports, type ReportAction } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { NotificationKey } from "@/lib/notifications/render";
import type { ModeratedTargetType } from "../schemas";

export interface TargetRef {
  targetType: ModeratedTargetType;
  targetId: number;
}

/** A moderator's decision on reported content: resolved by an action, or dismissed. */
export type Outcome =
  | { status: "resolved"; action: Exclude<ReportAction, "dismissed">; note: string | null }
  | { status: "dismissed"; note: string | null };

/**
 * Settles every open (pending or reviewed) report on the targets in the caller's transaction, so
 * the queue empties exactly when the decision lands. Returns how many it settled.
 */
export async function settleOpenReports(
  tx: Tx,
  actor: Actor,
  targets: readonly TargetRef[],
  outcome: Outcome,
): Promise<number> {
  if (targets.length === 0) return 0;
  const settled = await tx
    .update(contentReports)
    .set({
      status: outcome.status,
      action: outcome.status === "dismissed" ? "dismissed" : outcome.action,
      resolutionNote: outcome.note,
      resolvedBy: actor.userId,
      resolvedAt: sql`now()`,
    })
    .where(
      and(
        inArray(contentReports.status, ["pending", "reviewed"]),
        or(
          ...targets.map((t) =>
            and(
              eq(contentReports.targetType, t.targetType),
              eq(contentReports.targetId, t.targetId),
            ),
          ),
        ),
      ),
    )
    .returning({ id: contentReports.id });
  return settled.length;
}

/** Tells the author what a moderator did to their content and why (forum_moderated, essential). */
export async function tellAuthor(
  tx: Tx,
  authorId: number,
  key: NotificationKey,
  facts: { title: string; reason?: string | null; postUuid: string | null },
): Promise<void> {
  await notify(tx, {
    userId: authorId,
    event: "forum_moderated",
    key,
    params: {
      title: facts.title,
      reason: facts.reason ?? "",
      hasReason: facts.reason ? "yes" : "no",
    },
    link: facts.postUuid ? `/forum/${facts.postUuid}` : null,
    priority: "high",
  });
}

/** The 409 of an action that would change nothing (hiding what is hidden, pinning what is pinned). */
export const alreadyThere = (what: string) => new AppError("conflict", `This ${what}.`);

import "server-only";
import { db } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { contentReports } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { findPost, findReply, postNotFound, replyNotFound } from "../queries";
import { reportSchema, type ReportInput, type ReportResult } from "../schemas";

const ownContent = () => new AppError("forbidden", "You cannot report your own words.");

async function fileReport(
  actor: Actor,
  target: { type: "forum_post" | "forum_reply"; id: number; uuid: string },
  input: ReportInput,
): Promise<ReportResult> {
  const report = parseInput(reportSchema, input);
  const [row] = await translateDbErrors(
    () =>
      db
        .insert(contentReports)
        .values({
          targetType: target.type,
          targetId: target.id,
          reporterId: actor.userId,
          reason: report.reason,
          details: report.details ?? null,
        })
        .returning({
          uuid: contentReports.uuid,
          reason: contentReports.reason,
          status: contentReports.status,
          createdAt: contentReports.createdAt,
        }),
    {
      content_reports_target_reporter_uniq: (_info, cause) =>
        new AppError("conflict", "You have already reported this.", { cause }),
    },
  );
  return {
    id: row!.uuid,
    targetType: target.type,
    targetId: target.uuid,
    reason: row!.reason,
    status: row!.status,
    createdAt: row!.createdAt.toISOString(),
  };
}

/**
 * Flags a visible post for the moderators: once per reporter and post (a second report is 409,
 * so one person cannot push a post up the queue), never one's own (403).
 */
export async function reportPost(
  actor: Actor,
  postUuid: string,
  input: ReportInput,
): Promise<ReportResult> {
  await enforceRateLimit("forum_report", String(actor.userId));
  const post = await findPost(db, postUuid);
  if (!post || post.hiddenAt) throw postNotFound();
  if (post.authorId === actor.userId) throw ownContent();
  return fileReport(actor, { type: "forum_post", id: post.id, uuid: post.uuid }, input);
}

/** Flags a visible reply for the moderators, with the same rules as a post. */
export async function reportReply(
  actor: Actor,
  replyUuid: string,
  input: ReportInput,
): Promise<ReportResult> {
  await enforceRateLimit("forum_report", String(actor.userId));
  const reply = await findReply(db, replyUuid);
  if (!reply || reply.hiddenAt || reply.postHiddenAt) throw replyNotFound();
  if (reply.authorId === actor.userId) throw ownContent();
  return fileReport(actor, { type: "forum_reply", id: reply.id, uuid: reply.uuid }, input);
}

import { asc, inArray, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import * as t from "@/db/schema";

/**
 * What a demo admin and patient find waiting in the community and support parts: the patient's
 * support question already answered (so "My messages" has a conversation), and one open report on
 * another member's forum post in the moderation queue.
 */
export async function writeDemoCommunity(
  tx: Tx,
  accounts: { patient: string; admin: string },
): Promise<void> {
  const people = await tx
    .select({ id: t.users.id, email: t.users.email })
    .from(t.users)
    .where(inArray(t.users.email, [accounts.patient, accounts.admin]));
  const patientId = people.find((p) => p.email === accounts.patient)?.id;
  const adminId = people.find((p) => p.email === accounts.admin)?.id;
  if (patientId === undefined || adminId === undefined) return;

  const [ticket] = await tx
    .insert(t.supportTickets)
    .values({
      userId: patientId,
      subject: "Refund for a cancelled lab test",
      message:
        "I cancelled my home sample collection yesterday. When will the money reach my UPI account?",
      status: "answered",
    })
    .returning({ id: t.supportTickets.id });
  await tx.insert(t.supportTicketMessages).values({
    ticketId: ticket!.id,
    authorId: adminId,
    fromStaff: true,
    body: "The refund was started the same day. UPI refunds usually reach your account within 5 to 7 working days; the booking page shows its status.",
  });

  const [post] = await tx
    .select({ id: t.forumPosts.id })
    .from(t.forumPosts)
    .where(ne(t.forumPosts.authorId, patientId))
    .orderBy(asc(t.forumPosts.id))
    .limit(1);
  if (!post) return;
  await tx.insert(t.contentReports).values({
    targetType: "forum_post",
    targetId: post.id,
    reporterId: patientId,
    reason: "misinformation",
    details: "It suggests stopping a prescribed medicine without asking the doctor.",
  });
}

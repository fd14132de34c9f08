import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { coachConversations, coachMessages } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";
import { withChildren } from "@/lib/account/with-children";

/** My health coach conversations with their messages: exported, deleted (messages cascade). */
export const coachAccount = defineAccountPart({
  domain: "coach",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: coachConversations.id,
        publicId: coachConversations.uuid,
        title: coachConversations.title,
        topic: coachConversations.topic,
        status: coachConversations.status,
        createdAt: coachConversations.createdAt,
      })
      .from(coachConversations)
      .where(eq(coachConversations.userId, userId))
      .orderBy(asc(coachConversations.createdAt));
    const coachConversationsWithMessages = await withChildren(rows, "messages", (ids) =>
      db
        .select({
          parentId: coachMessages.conversationId,
          role: coachMessages.role,
          content: coachMessages.content,
          createdAt: coachMessages.createdAt,
        })
        .from(coachMessages)
        .where(inArray(coachMessages.conversationId, ids))
        .orderBy(asc(coachMessages.createdAt)),
    );
    return { coachConversations: coachConversationsWithMessages };
  },
  async eraseForUser(tx, userId) {
    await tx.delete(coachConversations).where(eq(coachConversations.userId, userId));
  },
  userColumns: { erased: [coachConversations.userId] },
});

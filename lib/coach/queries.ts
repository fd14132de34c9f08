import "server-only";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { coachConversations, coachMessages } from "@/db/schema";
import { foundOr, notFound } from "@/lib/access/owner";
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/validation/ids";
import { toConversationSummaryDto, toMessageDto } from "./mappers";
import type { CoachConversationDto, CoachConversationSummaryDto } from "./schemas";

const conversationColumns = {
  id: coachConversations.id,
  uuid: coachConversations.uuid,
  title: coachConversations.title,
  topic: coachConversations.topic,
  lastMessageAt: coachConversations.lastMessageAt,
  createdAt: coachConversations.createdAt,
};

/** One of the actor's conversations by public id (internal: the owner is in the where clause). */
export async function findOwnConversation(actor: Actor, uuid: string, q: Queryable = db) {
  if (!isUuid(uuid)) throw notFound("conversation");
  const [row] = await q
    .select(conversationColumns)
    .from(coachConversations)
    .where(and(eq(coachConversations.uuid, uuid), eq(coachConversations.userId, actor.userId)))
    .limit(1);
  return foundOr(row, "conversation");
}

/** The actor's conversations, most recent first (at most 100). */
export async function listConversations(actor: Actor): Promise<CoachConversationSummaryDto[]> {
  const rows = await db
    .select(conversationColumns)
    .from(coachConversations)
    .where(eq(coachConversations.userId, actor.userId))
    .orderBy(desc(coachConversations.lastMessageAt), desc(coachConversations.id))
    .limit(100);
  return rows.map(toConversationSummaryDto);
}

/** The messages of a conversation, oldest first, without system rows (internal). */
export async function loadMessages(conversationId: number, q: Queryable = db) {
  return q
    .select({
      uuid: coachMessages.uuid,
      role: coachMessages.role,
      content: coachMessages.content,
      safetyFlag: coachMessages.safetyFlag,
      createdAt: coachMessages.createdAt,
    })
    .from(coachMessages)
    .where(and(eq(coachMessages.conversationId, conversationId), ne(coachMessages.role, "system")))
    .orderBy(asc(coachMessages.createdAt), asc(coachMessages.id));
}

/** One of the actor's conversations with its messages; anyone else's is not_found. */
export async function getConversation(actor: Actor, uuid: string): Promise<CoachConversationDto> {
  const conversation = await findOwnConversation(actor, uuid);
  const messages = await loadMessages(conversation.id);
  return { ...toConversationSummaryDto(conversation), messages: messages.map(toMessageDto) };
}

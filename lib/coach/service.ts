import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { coachConversations, coachMessages } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/config";
import { logger } from "@/lib/log/logger";
import { enforceRateLimit } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { coachAdapter, type CoachAdapter } from "./adapters";
import { getCoachContext } from "./context";
import { coachCopy } from "./copy";
import { emergencyReason } from "./emergency";
import { guardMessage } from "./guard";
import { titleOf, toConversationSummaryDto, toMessageDto } from "./mappers";
import { findOwnConversation, loadMessages } from "./queries";
import {
  createConversationSchema,
  postMessageSchema,
  type CoachConversationSummaryDto,
  type CoachMessageDto,
  type CoachSafetyFlag,
  type CreateConversationInput,
  type PostMessageInput,
} from "./schemas";

/** Starts a conversation; a first message, when given, becomes its title (answered by postMessage). */
export async function createConversation(
  actor: Actor,
  input: CreateConversationInput,
): Promise<CoachConversationSummaryDto> {
  const { topic, message } = parseInput(createConversationSchema, input);
  const [row] = await db
    .insert(coachConversations)
    .values({ userId: actor.userId, topic, title: message ? titleOf(message) : null })
    .returning({
      uuid: coachConversations.uuid,
      title: coachConversations.title,
      topic: coachConversations.topic,
      lastMessageAt: coachConversations.lastMessageAt,
      createdAt: coachConversations.createdAt,
    });
  return toConversationSummaryDto(row!);
}

/** Deletes one of the actor's conversations with its messages; anyone else's is not_found. */
export async function deleteConversation(actor: Actor, uuid: string): Promise<void> {
  const conversation = await findOwnConversation(actor, uuid);
  await db
    .delete(coachConversations)
    .where(
      and(eq(coachConversations.id, conversation.id), eq(coachConversations.userId, actor.userId)),
    );
}

/** The coach's reply while it is written: the id it will have, its text as it comes, the end. */
export interface CoachReply {
  userMessage: CoachMessageDto;
  /** The public id the assistant message is stored under once the stream ends. */
  assistantMessageId: string;
  safetyFlag: CoachSafetyFlag;
  /** The answer's text in chunks; iterate it once. The message is stored when it ends. */
  chunks: AsyncIterable<string>;
  /** Reads the rest of the stream (if nobody does) and resolves with the stored message. */
  complete: () => Promise<CoachMessageDto>;
}

/**
 * Sends a message to the coach in one of the actor's conversations (not_found for anyone else's).
 * Counted against the per-user limit first. Then, before anything reaches a model: (1) a red flag
 * (chest pain with sweating, stroke signs...) answers with the 108 card, flag `emergency`; (2) a
 * request for a dose, a prescription or a diagnosis is refused with a pointer to a doctor; (3) only
 * then the adapter answers, with the user's context and the last 10 turns. Both messages are
 * stored; the answer when its stream ends (a broken stream keeps what arrived, with a note).
 */
export async function postMessage(
  actor: Actor,
  conversationUuid: string,
  input: PostMessageInput,
  options: { locale: AppLocale; adapter?: CoachAdapter },
): Promise<CoachReply> {
  await enforceRateLimit("coach_message", String(actor.userId));
  const { content } = parseInput(postMessageSchema, input);
  const conversation = await findOwnConversation(actor, conversationUuid);
  const copy = coachCopy(options.locale);
  const context = await getCoachContext(actor);

  let safetyFlag: CoachSafetyFlag = "none";
  let fixed: string | null = null;
  const emergency = emergencyReason(content, context, options.locale);
  if (emergency !== null) {
    safetyFlag = "emergency";
    fixed = copy.emergency(emergency);
  } else {
    const guard = guardMessage(content);
    if (guard) {
      safetyFlag = guard;
      fixed = copy.refusal(guard);
    }
  }

  const history = fixed === null ? await loadMessages(conversation.id) : [];
  const [userRow] = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(coachMessages)
      .values({ conversationId: conversation.id, role: "user", content, safetyFlag })
      .returning({
        uuid: coachMessages.uuid,
        role: coachMessages.role,
        content: coachMessages.content,
        safetyFlag: coachMessages.safetyFlag,
        createdAt: coachMessages.createdAt,
      });
    await tx
      .update(coachConversations)
      .set({
        lastMessageAt: sql`now()`,
        title: sql`coalesce(${coachConversations.title}, ${titleOf(content)})`,
      })
      .where(eq(coachConversations.id, conversation.id));
    return rows;
  });

  const adapter = fixed === null ? (options.adapter ?? coachAdapter()) : null;
  const assistantMessageId = crypto.randomUUID();
  let resolveDone!: (message: CoachMessageDto) => void;
  let rejectDone!: (error: unknown) => void;
  const done = new Promise<CoachMessageDto>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });

  async function store(text: string, usage: { tokensIn: number | null; tokensOut: number | null }) {
    const [row] = await db
      .insert(coachMessages)
      .values({
        uuid: assistantMessageId,
        conversationId: conversation.id,
        role: "assistant",
        content: text,
        safetyFlag,
        model: adapter ? adapter.model : "guard",
        tokensIn: usage.tokensIn,
        tokensOut: usage.tokensOut,
      })
      .returning({
        uuid: coachMessages.uuid,
        role: coachMessages.role,
        content: coachMessages.content,
        safetyFlag: coachMessages.safetyFlag,
        createdAt: coachMessages.createdAt,
      });
    await db
      .update(coachConversations)
      .set({ lastMessageAt: sql`now()` })
      .where(eq(coachConversations.id, conversation.id));
    return toMessageDto(row!);
  }

  async function* produce(): AsyncGenerator<string> {
    let text = "";
    let usage = { tokensIn: null as number | null, tokensOut: null as number | null };
    try {
      if (fixed !== null || !adapter) {
        text = fixed ?? "";
        yield text;
      } else {
        const answer = adapter.answer({
          locale: options.locale,
          context,
          history: history
            .filter((m) => m.role !== "system")
            .slice(-10)
            .map((m) => ({ role: m.role === "user" ? "user" : "assistant", content: m.content })),
          question: content,
        });
        try {
          for await (const chunk of answer.textStream) {
            text += chunk;
            yield chunk;
          }
          usage = await answer.usage();
        } catch (error) {
          logger.warn(
            { err: error, adapter: adapter.name, conversation: conversationUuid },
            "coach answer stream failed; the partial answer is kept with a note",
          );
          const note = `${text ? "\n\n" : ""}${copy.interrupted}`;
          text += note;
          yield note;
        }
      }
    } finally {
      // Runs on a normal end, a failed stream, and a reader that went away (return()).
      try {
        resolveDone(await store(text || copy.interrupted, usage));
      } catch (error) {
        rejectDone(error);
      }
    }
  }

  const chunks = produce();
  let started = false;
  return {
    userMessage: toMessageDto(userRow!),
    assistantMessageId,
    safetyFlag,
    chunks: {
      [Symbol.asyncIterator]() {
        started = true;
        return chunks;
      },
    },
    complete: async () => {
      if (!started) {
        started = true;
        for await (const chunk of chunks) void chunk;
      }
      return done;
    },
  };
}

import type { CoachConversationSummaryDto, CoachMessageDto, CoachTopic } from "./schemas";
import type { CoachSafetyFlag } from "./schemas";

export interface CoachConversationRow {
  uuid: string;
  title: string | null;
  topic: CoachTopic;
  lastMessageAt: Date;
  createdAt: Date;
}

export interface CoachMessageRow {
  uuid: string;
  role: "user" | "assistant" | "system";
  content: string;
  safetyFlag: CoachSafetyFlag;
  createdAt: Date;
}

/** Row -> a conversation in the list. */
export function toConversationSummaryDto(row: CoachConversationRow): CoachConversationSummaryDto {
  return {
    id: row.uuid,
    title: row.title,
    topic: row.topic,
    lastMessageAt: row.lastMessageAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Row -> a message (system rows never leave the server; the caller filters them). */
export function toMessageDto(row: CoachMessageRow): CoachMessageDto {
  return {
    id: row.uuid,
    role: row.role === "user" ? "user" : "assistant",
    content: row.content,
    safetyFlag: row.safetyFlag,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A conversation's title: its first message on one line, at most 80 characters. */
export function titleOf(message: string): string {
  const line = message.replace(/\s+/g, " ").trim();
  return line.length <= 80 ? line : `${line.slice(0, 79).trimEnd()}…`;
}

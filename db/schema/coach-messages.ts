import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps } from "./_columns";
import { coachConversations } from "./coach-conversations";

export const coachMessageRoles = ["user", "assistant", "system"] as const;
export type CoachMessageRole = (typeof coachMessageRoles)[number];
export const coachMessageRoleEnum = pgEnum("coach_message_role", coachMessageRoles);

export const coachSafetyFlags = [
  "none",
  "emergency",
  "dosing",
  "other",
  "prescription",
  "diagnosis",
] as const;
export type CoachSafetyFlag = (typeof coachSafetyFlags)[number];
export const coachSafetyFlagEnum = pgEnum("coach_safety_flag", coachSafetyFlags);

export const coachMessages = pgTable(
  "coach_messages",
  {
    id: id(),
    uuid: publicId(),
    conversationId: integer()
      .notNull()
      .references(() => coachConversations.id, { onDelete: "cascade" }),
    role: coachMessageRoleEnum().notNull(),
    /** Markdown for assistant messages (rendered escaped). */
    content: text().notNull(),
    model: text(),
    tokensIn: integer(),
    tokensOut: integer(),
    /** Set when a guardrail fired. */
    safetyFlag: coachSafetyFlagEnum().notNull().default("none"),
    ...timestamps(),
  },
  (t) => [
    index("coach_messages_conversation_created_idx").on(t.conversationId, t.createdAt),
    check("coach_messages_tokens_check", sql`${t.tokensIn} >= 0 and ${t.tokensOut} >= 0`),
  ],
);

export type CoachMessageRow = typeof coachMessages.$inferSelect;
export type NewCoachMessageRow = typeof coachMessages.$inferInsert;

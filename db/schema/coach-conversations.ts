import { index, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { users } from "./users";

export const coachTopics = [
  "nutrition",
  "fitness",
  "mental_health",
  "sleep",
  "chronic_care",
  "medication",
  "general",
] as const;
export type CoachTopic = (typeof coachTopics)[number];
export const coachTopicEnum = pgEnum("coach_topic", coachTopics);

export const coachConversationStatuses = ["active", "archived"] as const;
export type CoachConversationStatus = (typeof coachConversationStatuses)[number];
export const coachConversationStatusEnum = pgEnum(
  "coach_conversation_status",
  coachConversationStatuses,
);

export const coachConversations = pgTable(
  "coach_conversations",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** First user message, truncated. */
    title: text(),
    topic: coachTopicEnum().notNull().default("general"),
    status: coachConversationStatusEnum().notNull().default("active"),
    /** List order. */
    lastMessageAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [index("coach_conversations_user_last_message_idx").on(t.userId, t.lastMessageAt.desc())],
);

export type CoachConversationRow = typeof coachConversations.$inferSelect;
export type NewCoachConversationRow = typeof coachConversations.$inferInsert;

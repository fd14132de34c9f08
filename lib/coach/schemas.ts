import { z } from "zod";
import type { CoachSafetyFlag as DbSafetyFlag } from "@/db/schema/coach-messages";
import type { CoachTopic as DbCoachTopic } from "@/db/schema/coach-conversations";
import { sameAs, type Same } from "@/lib/validation/enums";
import { text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

export const coachTopicValues = [
  "nutrition",
  "fitness",
  "mental_health",
  "sleep",
  "chronic_care",
  "medication",
  "general",
] as const;
sameAs<Same<(typeof coachTopicValues)[number], DbCoachTopic>>(true);
export type CoachTopic = (typeof coachTopicValues)[number];

export const coachSafetyFlagValues = [
  "none",
  "emergency",
  "dosing",
  "other",
  "prescription",
  "diagnosis",
] as const;
sameAs<Same<(typeof coachSafetyFlagValues)[number], DbSafetyFlag>>(true);
export type CoachSafetyFlag = (typeof coachSafetyFlagValues)[number];

/** The longest message a person may send the coach. */
export const maxCoachMessageLength = 2000;

const messageText = text(1, maxCoachMessageLength);

/** Body of `POST /coach/conversations`: a topic, and optionally the first message. */
export const createConversationSchema = z.object({
  topic: z.enum(coachTopicValues).default("general"),
  message: messageText.optional().describe("the first message; answered by POST .../messages"),
});
export type CreateConversationInput = z.input<typeof createConversationSchema>;

/** Body of `POST /coach/conversations/{id}/messages`. */
export const postMessageSchema = z.object({
  content: messageText.describe(`1..${maxCoachMessageLength} characters`),
});
export type PostMessageInput = z.input<typeof postMessageSchema>;

export const conversationIdParamsSchema = z.object({ id: uuidSchema });

export const coachMessageSchema = z.object({
  id: uuidSchema,
  role: z.enum(["user", "assistant"]),
  /** Markdown for the assistant (render sanitised), plain text for the user. */
  content: z.string(),
  safetyFlag: z.enum(coachSafetyFlagValues),
  createdAt: z.iso.datetime({ offset: true }),
});
export type CoachMessageDto = z.infer<typeof coachMessageSchema>;

export const coachConversationSummarySchema = z.object({
  id: uuidSchema,
  title: z.string().nullable().describe("the first message, truncated; null before one"),
  topic: z.enum(coachTopicValues),
  lastMessageAt: z.iso.datetime({ offset: true }),
  createdAt: z.iso.datetime({ offset: true }),
});
export type CoachConversationSummaryDto = z.infer<typeof coachConversationSummarySchema>;

export const coachConversationSchema = coachConversationSummarySchema.extend({
  messages: z.array(coachMessageSchema),
});
export type CoachConversationDto = z.infer<typeof coachConversationSchema>;

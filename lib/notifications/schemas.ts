import { z } from "zod";
import type { NotificationPriority, NotificationType } from "@/db/schema";
import { paginationSchema } from "@/lib/api/pagination";
import { uuidSchema } from "@/lib/validation/ids";

export const notificationTypes = [
  "appointment",
  "order",
  "lab_test",
  "prescription",
  "forum",
  "emergency",
  "general",
  "promotion",
] as const satisfies readonly NotificationType[];

const priorities = [
  "low",
  "medium",
  "high",
  "urgent",
] as const satisfies readonly NotificationPriority[];

/** One in-app notification as its reader sees it: the text already in the reader's locale. */
export const notificationSchema = z.object({
  id: z.uuid(),
  type: z.enum(notificationTypes),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe("internal path, e.g. /appointments/<uuid>"),
  priority: z.enum(priorities),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});

export type NotificationDto = z.infer<typeof notificationSchema>;

/**
 * `?unread=true` keeps only unread ones; anything but true/false is a 422. Booleans pass too, so
 * a door's parsed query parses again to itself.
 */
export const listNotificationsQuerySchema = paginationSchema.extend({
  unread: z
    .union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")])
    .default(false)
    .describe("true: only the unread ones"),
});
export type ListNotificationsQuery = z.input<typeof listNotificationsQuerySchema>;

export const notificationIdParamsSchema = z.object({ id: uuidSchema });

export const readAllResultSchema = z.object({
  marked: z.number().int().describe("how many unread notifications were marked read"),
});

/** The switches that silence a group of events (#27), in the page's order. */
export const topicKeys = [
  "apptReminder",
  "apptConfirmed",
  "apptRescheduled",
  "medDoseReminder",
  "medRefill",
  "medInteraction",
  "tipsDaily",
  "goalReminders",
  "weeklyTrends",
  "labReportReady",
  "recordAdded",
  "coachMessages",
  "forumActivity",
] as const;

export const channelKeys = ["channelPush", "channelSms", "channelEmail"] as const;

export const preferenceKeys = [...topicKeys, ...channelKeys] as const;
export type PreferenceKey = (typeof preferenceKeys)[number];

const switches = Object.fromEntries(preferenceKeys.map((k) => [k, z.boolean()])) as Record<
  PreferenceKey,
  z.ZodBoolean
>;

/**
 * Everything a person chose about being told things: 13 topic switches and 3 channels. The inbox
 * keeps every notice whatever they say; essential notices ignore the topic switches.
 */
export const notificationPreferencesSchema = z.object(switches);
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/**
 * A PUT: any subset of the switches. An unknown key is a 422 naming it (a typo must not pass
 * silently as "saved").
 */
export const updateNotificationPreferencesSchema = notificationPreferencesSchema.partial().strict();
export type UpdateNotificationPreferencesInput = z.input<
  typeof updateNotificationPreferencesSchema
>;

import { z } from "zod";
import type { NotificationPriority, NotificationType } from "@/db/schema";

const notificationTypes = [
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

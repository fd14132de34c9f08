import type { DeliveryChannel, NotificationPreferencesRow, NotificationType } from "@/db/schema";

/** A preference switch that governs an event group (#27): one column of notification_preferences. */
export type TopicSwitch = keyof Pick<
  NotificationPreferencesRow,
  | "apptReminder"
  | "apptConfirmed"
  | "apptRescheduled"
  | "medDoseReminder"
  | "medRefill"
  | "medInteraction"
  | "tipsDaily"
  | "goalReminders"
  | "weeklyTrends"
  | "labReportReady"
  | "recordAdded"
  | "coachMessages"
  | "forumActivity"
>;

export interface EventRule {
  /** The inbox row's type (icon and filter). */
  type: NotificationType;
  /**
   * The switch that silences this event's email, SMS and push; null for essential events
   * (a cancelled appointment, an order's progress, a moderator's decision, a support answer),
   * which go out on every channel the person has left on.
   */
  topic: TopicSwitch | null;
  /** Channels this event may use beyond the inbox (SMS is for what is urgent or time-bound). */
  channels: readonly DeliveryChannel[];
}

/**
 * Every event that tells a person something. The inbox always keeps it (it is the record);
 * email, SMS and push go out only where the event allows the channel, the person's channel switch
 * is on and, for non-essential events, the topic switch is on too.
 */
export const notificationEvents = {
  appointment_booked: {
    type: "appointment",
    topic: "apptConfirmed",
    channels: ["email", "sms", "push"],
  },
  appointment_requested: {
    type: "appointment",
    topic: "apptConfirmed",
    channels: ["email", "push"],
  },
  appointment_confirmed: {
    type: "appointment",
    topic: "apptConfirmed",
    channels: ["email", "sms", "push"],
  },
  appointment_rescheduled: {
    type: "appointment",
    topic: "apptRescheduled",
    channels: ["email", "sms", "push"],
  },
  appointment_cancelled: { type: "appointment", topic: null, channels: ["email", "sms", "push"] },
  appointment_declined: { type: "appointment", topic: null, channels: ["email", "sms", "push"] },
  appointment_expired: { type: "appointment", topic: null, channels: ["email", "push"] },
  appointment_reminder: {
    type: "appointment",
    topic: "apptReminder",
    channels: ["email", "sms", "push"],
  },
  prescription_issued: { type: "prescription", topic: null, channels: ["email", "push"] },
  medicine_order_placed: { type: "order", topic: null, channels: ["email", "push"] },
  medicine_order_status: { type: "order", topic: null, channels: ["email", "sms", "push"] },
  lab_booking_status: { type: "lab_test", topic: null, channels: ["email", "sms", "push"] },
  lab_report_ready: {
    type: "lab_test",
    topic: "labReportReady",
    channels: ["email", "sms", "push"],
  },
  payment_update: { type: "order", topic: null, channels: ["email", "push"] },
  record_added: { type: "general", topic: "recordAdded", channels: ["email", "push"] },
  forum_reply: { type: "forum", topic: "forumActivity", channels: ["email", "push"] },
  forum_helpful: { type: "forum", topic: "forumActivity", channels: ["push"] },
  forum_moderated: { type: "forum", topic: null, channels: ["email", "push"] },
  support_reply: { type: "general", topic: null, channels: ["email", "push"] },
  doctor_verification: { type: "general", topic: null, channels: ["email", "push"] },
  emergency_update: { type: "emergency", topic: null, channels: ["sms", "push"] },
  account_security: { type: "general", topic: null, channels: ["email"] },
} as const satisfies Record<string, EventRule>;

export type NotificationEvent = keyof typeof notificationEvents;

export function ruleOf(event: NotificationEvent): EventRule {
  return notificationEvents[event];
}

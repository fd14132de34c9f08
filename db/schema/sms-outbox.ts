import { index, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps } from "./_columns";

/** SMS "sent" by the outbox adapter (no Twilio/MSG91 keys): read by `/dev/mailbox`. */
export const smsOutbox = pgTable(
  "sms_outbox",
  {
    id: id(),
    uuid: publicId(),
    /** +91XXXXXXXXXX. */
    toPhone: text().notNull(),
    body: text().notNull(),
    /** Template name, e.g. otp, appointment_reminder. */
    template: text(),
    ...timestamps(),
  },
  (t) => [index("sms_outbox_to_phone_created_idx").on(t.toPhone, t.createdAt.desc())],
);

export type SmsOutboxRow = typeof smsOutbox.$inferSelect;
export type NewSmsOutboxRow = typeof smsOutbox.$inferInsert;

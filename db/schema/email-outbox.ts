import { index, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps } from "./_columns";

/** Mail sent by the outbox adapter (dev and tests); read by `/dev/mailbox`. */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: id(),
    uuid: publicId(),
    toEmail: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text(),
    /** Template name, e.g. verify-email, reset-password. */
    template: text(),
    ...timestamps(),
  },
  (t) => [index("email_outbox_to_email_created_idx").on(t.toEmail, t.createdAt.desc())],
);

export type EmailOutboxRow = typeof emailOutbox.$inferSelect;
export type NewEmailOutboxRow = typeof emailOutbox.$inferInsert;

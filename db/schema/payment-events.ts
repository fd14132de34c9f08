import { index, jsonb, pgTable, text, unique } from "drizzle-orm/pg-core";
import { id, timestamptz } from "./_columns";

/**
 * Webhook deliveries already applied, by the provider's event id (Razorpay's
 * `x-razorpay-event-id`): a redelivery finds its row and changes nothing.
 */
export const paymentEvents = pgTable(
  "payment_events",
  {
    id: id(),
    provider: text().notNull(),
    eventId: text().notNull(),
    eventType: text().notNull(),
    /** The provider's payment / refund / order ids the event named, for support. */
    refs: jsonb().$type<Record<string, string>>().notNull().default({}),
    receivedAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    unique("payment_events_provider_event_uniq").on(t.provider, t.eventId),
    index("payment_events_received_at_idx").on(t.receivedAt),
  ],
);

export type PaymentEventRow = typeof paymentEvents.$inferSelect;

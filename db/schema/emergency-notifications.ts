import { sql } from "drizzle-orm";
import { check, index, integer, numeric, pgEnum, pgTable, unique } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { emergencyRequests } from "./emergency-requests";
import { facilities } from "./facilities";

export const emergencyResponses = ["none", "accepted", "declined"] as const;
export type EmergencyResponse = (typeof emergencyResponses)[number];
export const emergencyResponseEnum = pgEnum("emergency_response", emergencyResponses);

/** Which facilities were alerted for a request, and what they answered. */
export const emergencyNotifications = pgTable(
  "emergency_notifications",
  {
    id: id(),
    uuid: publicId(),
    requestId: integer()
      .notNull()
      .references(() => emergencyRequests.id, { onDelete: "cascade" }),
    facilityId: integer()
      .notNull()
      .references(() => facilities.id, { onDelete: "cascade" }),
    distanceKm: numeric({ precision: 6, scale: 2 }),
    notifiedAt: timestamptz().notNull().defaultNow(),
    response: emergencyResponseEnum().notNull().default("none"),
    respondedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    unique("emergency_notifications_request_facility_uniq").on(t.requestId, t.facilityId),
    index("emergency_notifications_facility_id_idx").on(t.facilityId),
    check("emergency_notifications_distance_check", sql`${t.distanceKm} >= 0`),
  ],
);

export type EmergencyNotificationRow = typeof emergencyNotifications.$inferSelect;
export type NewEmergencyNotificationRow = typeof emergencyNotifications.$inferInsert;

import { sql } from "drizzle-orm";
import { check, integer, pgEnum, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { appointments } from "./appointments";

export const videoSessionStatuses = ["scheduled", "active", "ended", "failed"] as const;
export type VideoSessionStatus = (typeof videoSessionStatuses)[number];
export const videoSessionStatusEnum = pgEnum("video_session_status", videoSessionStatuses);

/** Teleconsultation room of an online appointment. Join tokens are minted per request, never stored. */
export const videoSessions = pgTable(
  "video_sessions",
  {
    id: id(),
    uuid: publicId(),
    appointmentId: integer()
      .notNull()
      .unique("video_sessions_appointment_id_uniq")
      .references(() => appointments.id, { onDelete: "cascade" }),
    /** Adapter name, e.g. jitsi, daily, livekit. */
    provider: text().notNull(),
    roomId: text().notNull(),
    status: videoSessionStatusEnum().notNull().default("scheduled"),
    startedAt: timestamptz(),
    endedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [check("video_sessions_ended_check", sql`${t.endedAt} >= ${t.startedAt}`)],
);

export type VideoSessionRow = typeof videoSessions.$inferSelect;
export type NewVideoSessionRow = typeof videoSessions.$inferInsert;

import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { alias } from "drizzle-orm/pg-core";
import { and, asc, between, eq, inArray, isNull } from "drizzle-orm";
import { createEvents, type EventAttributes } from "ics";
import { db } from "@/db/client";
import { appointments, doctors, facilities, users } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { addDays, localDateTime, zonedToUtc } from "@/lib/appointments/zoned-time";
import type { Actor } from "@/lib/auth/actor";
import { enforceRateLimit } from "@/lib/rate-limit";

const owner = alias(users, "feed_owner");

/** How far ahead the feed looks. */
export const feedDays = 90;
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

/** sha256 hex of a feed token: the only form of it the database ever holds. */
export const hashFeedToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The feed's address for a token. */
export const feedUrl = (origin: string, token: string) =>
  `${origin}/api/v1/calendar-feeds/${token}.ics`;

/**
 * Turns on (or rotates) my private calendar feed: a new random 32-byte token whose sha256 replaces
 * the stored one, so the previous URL stops working at once. The token is in the answer only.
 * 404 without a doctor profile.
 */
export async function createCalendarFeed(
  actor: Actor,
  opts: { origin: string },
): Promise<{ url: string }> {
  const token = randomBytes(32).toString("base64url");
  const [row] = await db
    .update(doctors)
    .set({ calendarTokenHash: hashFeedToken(token) })
    .where(eq(doctors.userId, actor.userId))
    .returning({ id: doctors.id });
  if (!row) throw notFound("doctor");
  return { url: feedUrl(opts.origin, token) };
}

/** Turns my calendar feed off: its URL answers 404 from now on. 404 without a doctor profile. */
export async function deleteCalendarFeed(actor: Actor): Promise<void> {
  const [row] = await db
    .update(doctors)
    .set({ calendarTokenHash: null })
    .where(eq(doctors.userId, actor.userId))
    .returning({ id: doctors.id });
  if (!row) throw notFound("doctor");
}

/** Whether my feed is on (the page shows "on; rotate / turn off", never the URL again). */
export async function calendarFeedIsOn(actor: Actor): Promise<boolean> {
  const [row] = await db
    .select({ hash: doctors.calendarTokenHash })
    .from(doctors)
    .where(eq(doctors.userId, actor.userId))
    .limit(1);
  return Boolean(row?.hash);
}

/**
 * The ICS of the doctor whose feed token this is: their live (pending or confirmed) appointments
 * of the next 90 days, each as "Clinic consultation" or "Video consultation" with the patient's
 * first name, and nothing about their health. Unknown or turned-off tokens are 404; `ip` is
 * rate limited. Public by design: the token is the credential.
 */
export async function renderCalendarFeed(
  token: string,
  opts: { ip: string; origin: string; now?: Date },
): Promise<string> {
  await enforceRateLimit("calendar_feed_ip", opts.ip);
  if (!tokenPattern.test(token)) throw notFound("calendar feed");
  const [doctor] = await db
    .select({ id: doctors.id, timezone: doctors.timezone, clinic: facilities.name })
    .from(doctors)
    .innerJoin(owner, eq(owner.id, doctors.userId))
    .leftJoin(facilities, eq(facilities.id, doctors.facilityId))
    // A suspended or deleted account's feed stops with its sessions.
    .where(
      and(
        eq(doctors.calendarTokenHash, hashFeedToken(token)),
        isNull(owner.suspendedAt),
        isNull(owner.deletedAt),
      ),
    )
    .limit(1);
  if (!doctor) throw notFound("calendar feed");
  const now = opts.now ?? new Date();
  const today = localDateTime(now, doctor.timezone).date;
  const rows = await db
    .select({
      uuid: appointments.uuid,
      date: appointments.date,
      time: appointments.time,
      minutes: appointments.durationMinutes,
      type: appointments.consultationType,
      status: appointments.status,
      patientName: users.fullName,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.patientId))
    .where(
      and(
        eq(appointments.doctorId, doctor.id),
        inArray(appointments.status, ["pending", "confirmed"]),
        between(appointments.date, today, addDays(today, feedDays)),
      ),
    )
    .orderBy(asc(appointments.date), asc(appointments.time));
  const events = rows
    .map((row) => ({ row, start: zonedToUtc(String(row.date), row.time, doctor.timezone) }))
    .filter(({ row, start }) => start.getTime() + row.minutes * 60_000 > now.getTime())
    .map(({ row, start }) => toEvent(row, start, doctor.clinic, opts.origin));
  return calendarOf(events);
}

interface FeedRow {
  uuid: string;
  minutes: number;
  type: "online" | "offline";
  status: string;
  patientName: string;
}

const utcParts = (d: Date): [number, number, number, number, number] => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

const firstName = (fullName: string) => fullName.trim().split(/\s+/)[0] || "Patient";

function toEvent(row: FeedRow, start: Date, clinic: string | null, origin: string) {
  const kind = row.type === "online" ? "Video consultation" : "Clinic consultation";
  const event: EventAttributes = {
    uid: `${row.uuid}@swasthai`,
    start: utcParts(start),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: row.minutes },
    title: `${kind}: ${firstName(row.patientName)}`,
    status: row.status === "confirmed" ? "CONFIRMED" : "TENTATIVE",
    url: `${origin}/doctor/appointments/${row.uuid}`,
    busyStatus: "BUSY",
    classification: "PRIVATE",
  };
  if (row.type === "offline" && clinic) event.location = clinic;
  return event;
}

/** The events as one VCALENDAR (the library writes an empty one when there are none). */
export function calendarOf(events: EventAttributes[]): string {
  const { error, value } = createEvents(events, {
    productId: "-//SwasthAI//Doctor calendar//EN",
    calName: "SwasthAI appointments",
  });
  if (error || !value) throw error ?? new Error("the calendar could not be written");
  return value;
}

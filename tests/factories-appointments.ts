import { db } from "@/db/client";
import {
  appointments,
  doctorAvailability,
  doctorTimeOff,
  type NewAppointmentRow,
  type NewDoctorAvailabilityRow,
} from "@/db/schema";
import { signAccessToken } from "@/lib/auth/access-token";
import { issueRefreshToken } from "@/lib/auth/refresh-tokens";
import { addDays, formatTime, localDateTime } from "@/lib/appointments/zoned-time";
import { createDoctor, createUser } from "./factories";

type Window = Omit<NewDoctorAvailabilityRow, "doctorId">;

/** Every weekday 09:00-13:00 and 14:00-18:00 in 30-minute slots, online and offline. */
export const everyDayWindows: Window[] = [0, 1, 2, 3, 4, 5, 6].flatMap((weekday) => [
  { weekday, startTime: "09:00", endTime: "13:00", slotMinutes: 30, mode: "both" as const },
  { weekday, startTime: "14:00", endTime: "18:00", slotMinutes: 30, mode: "both" as const },
]);

/** Adds weekly template rows for a doctor. */
export async function addAvailability(doctorId: number, windows: Window[] = everyDayWindows) {
  if (windows.length === 0) return;
  await db.insert(doctorAvailability).values(windows.map((w) => ({ ...w, doctorId })));
}

/** Whole days off, inclusive. */
export async function addTimeOff(doctorId: number, startsOn: string, endsOn = startsOn) {
  await db.insert(doctorTimeOff).values({ doctorId, startsOn, endsOn, reason: "Conference" });
}

/**
 * A verified doctor (fees 400 online / 500 offline) with the every-day template unless told, who
 * confirms bookings at once unless `instantConfirm: false` (then a booking is a pending request).
 */
export async function createBookableDoctor(
  overrides: Parameters<typeof createDoctor>[0] = {},
  windows: Window[] = everyDayWindows,
) {
  const created = await createDoctor({
    name: "Dr. Meera Iyer",
    instantConfirm: true,
    ...overrides,
  });
  await addAvailability(created.doctor.id, windows);
  return created;
}

/** A clinic-local date `days` from today in the zone (Asia/Kolkata by default). */
export function clinicDate(days: number, timeZone = "Asia/Kolkata", now = new Date()): string {
  return addDays(localDateTime(now, timeZone).date, days);
}

/** The clinic-local date and HH:MM of `now + minutes` (rounded down to the minute). */
export function clinicMoment(minutes: number, timeZone = "Asia/Kolkata", now = new Date()) {
  const at = localDateTime(new Date(now.getTime() + minutes * 60_000), timeZone);
  return { date: at.date, time: formatTime(at.minutes) };
}

/** Inserts an appointment row directly (past or odd appointments the API would refuse to book). */
export async function createAppointment(
  values: Pick<NewAppointmentRow, "patientId" | "doctorId" | "date" | "time"> &
    Partial<NewAppointmentRow>,
) {
  const [row] = await db
    .insert(appointments)
    .values({ consultationType: "online", status: "confirmed", fee: "400.00", ...values })
    .returning();
  return row!;
}

/** The bearer token a login would hand this user (same signer, version and a live token family). */
export async function tokenFor(user: {
  id: number;
  uuid: string;
  sessionVersion: number;
}): Promise<string> {
  const { familyId } = await issueRefreshToken(db, user.id);
  return signAccessToken({ userUuid: user.uuid, sessionVersion: user.sessionVersion, familyId });
}

/** A patient account and its bearer token. */
export async function createPatientWithToken(overrides: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(overrides);
  return { user, token: await tokenFor(user) };
}

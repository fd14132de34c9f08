import "server-only";
import { eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { doctors } from "@/db/schema";
import { getAvailability } from "@/lib/appointments/availability";
import { addDays, localDateTime } from "@/lib/appointments/zoned-time";
import type { Actor } from "@/lib/auth/actor";
import { doctorSlotsChanged } from "@/lib/cache/public-pages";
import { AppError, type FieldError } from "@/lib/errors";
import { findOrphans } from "./orphans";
import {
  liveFutureBookings,
  loadTemplate,
  ownDoctor,
  replaceTimeOffFrom,
  replaceWeeklyHours,
} from "./queries";
import type { AvailabilityDocument, AvailabilityInput, AvailabilitySaveResult } from "./schemas";

/** How many days the page's preview shows: today and the next 6. */
export const PREVIEW_DAYS = 7;

type Doctor = Awaited<ReturnType<typeof ownDoctor>>;

/** What patients see over the next 7 days: the public availability computation itself. */
async function previewOf(doctor: Doctor, today: string, now: Date) {
  if (!doctor.verified) return null;
  const to = addDays(today, PREVIEW_DAYS - 1);
  const { days } = await getAvailability(doctor.uuid, { from: today, to }, { now });
  return days;
}

async function documentOf(on: Queryable, doctor: Doctor, now: Date): Promise<AvailabilityDocument> {
  const today = localDateTime(now, doctor.timezone).date;
  const template = await loadTemplate(on, doctor.id, today);
  return {
    timezone: doctor.timezone,
    ...template,
    minNoticeMinutes: doctor.minNoticeMinutes,
    instantConfirm: doctor.instantConfirm,
    preview: on === db ? await previewOf(doctor, today, now) : null,
  };
}

/** The actor's own availability document with its 7-day preview; 403 without a doctor profile. */
export async function getMyAvailability(
  actor: Actor,
  options: { now?: Date } = {},
): Promise<AvailabilityDocument> {
  const now = options.now ?? new Date();
  return documentOf(db, await ownDoctor(db, actor), now);
}

function dateIssues(input: AvailabilityInput, today: string): FieldError[] {
  return input.timeOff.flatMap((range, i) =>
    range.endsOn < today ? [{ path: `timeOff.${i}.endsOn`, message: "is in the past" }] : [],
  );
}

/**
 * Replaces the actor's whole availability (weekly template, current and future time off, notice,
 * instant confirmation) in one transaction. Live future bookings the new document no longer covers
 * are reported in `affectedAppointments` and left as they are. With `dryRun` nothing is written:
 * the same checks and report, so the page can warn before saving.
 */
export async function saveMyAvailability(
  actor: Actor,
  input: AvailabilityInput,
  options: { now?: Date; dryRun?: boolean } = {},
): Promise<AvailabilitySaveResult> {
  const now = options.now ?? new Date();
  const check = async (on: Queryable, doctor: Doctor) => {
    const today = localDateTime(now, doctor.timezone).date;
    const errors = dateIssues(input, today);
    if (errors.length > 0) {
      throw new AppError("validation_failed", "The availability is invalid.", { errors });
    }
    const bookings = await liveFutureBookings(on, doctor.id, now);
    return { today, affected: findOrphans(bookings, input.weekly, input.timeOff) };
  };
  if (options.dryRun) {
    const doctor = await ownDoctor(db, actor);
    const { affected } = await check(db, doctor);
    const current = await documentOf(db, doctor, now);
    return { saved: false, availability: current, affectedAppointments: affected };
  }
  const { doctor, affected } = await translateDbErrors(() =>
    db.transaction(async (tx) => {
      const doctor = await ownDoctor(tx, actor, true);
      const { today, affected } = await check(tx, doctor);
      await tx
        .update(doctors)
        .set({
          minNoticeMinutes: input.minNoticeMinutes,
          instantConfirm: input.instantConfirm,
          updatedAt: now,
        })
        .where(eq(doctors.id, doctor.id));
      await replaceWeeklyHours(tx, doctor.id, input.weekly);
      await replaceTimeOffFrom(tx, doctor.id, today, input.timeOff);
      return { doctor, affected };
    }),
  );
  doctorSlotsChanged(doctor.uuid);
  const saved = {
    ...doctor,
    minNoticeMinutes: input.minNoticeMinutes,
    instantConfirm: input.instantConfirm,
  };
  return {
    saved: true,
    availability: await documentOf(db, saved, now),
    affectedAppointments: affected,
  };
}

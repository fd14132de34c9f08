import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { doctors } from "@/db/schema";
import { foundOr } from "@/lib/access/owner";
import { localDateTime } from "@/lib/appointments/zoned-time";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { loadDoctorProfileView } from "./queries";
import type { DoctorProfileDto } from "./schemas";

/**
 * Sends my rejected application back for review after correcting it: rejected -> pending, the
 * admin's reason cleared, `submittedAt` now (its place in the admin queue). Only from rejected
 * (409 when pending or verified); 404 without a doctor profile. One conditional update, so two
 * clicks at once resubmit once.
 */
export async function resubmitDoctorApplication(
  actor: Actor,
  options: { now?: Date } = {},
): Promise<DoctorProfileDto> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [mine] = await tx
      .select({ id: doctors.id, status: doctors.verificationStatus, timezone: doctors.timezone })
      .from(doctors)
      .where(eq(doctors.userId, actor.userId))
      .limit(1)
      .for("update");
    const doctor = foundOr(mine, "doctor");
    const [moved] = await tx
      .update(doctors)
      .set({
        verificationStatus: "pending",
        rejectionReason: null,
        submittedAt: now,
        updatedAt: now,
      })
      .where(and(eq(doctors.id, doctor.id), eq(doctors.verificationStatus, "rejected")))
      .returning({ id: doctors.id });
    if (!moved) {
      throw new AppError(
        "conflict",
        `Only a rejected application can be resubmitted; this one is ${doctor.status}.`,
      );
    }
    return loadDoctorProfileView(tx, doctor.id, localDateTime(now, doctor.timezone).date);
  });
}

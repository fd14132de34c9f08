import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { doctors, users } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import type { Actor } from "@/lib/auth/actor";
import { doctorChanged } from "@/lib/cache/public-pages";
import { endAllSessions } from "@/lib/auth/service/credentials";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { recordAdminAction } from "./audit";
import { notifyApplicant } from "./notify";
import { requireAdmin, suspensionRefusal } from "./policy";
import { getDoctorApplication } from "./queries";
import type {
  AdminUserDto,
  DoctorApplicationDto,
  RejectDoctorInput,
  SuspendUserInput,
} from "./schemas";
import { toAdminUserDto } from "./mappers";

/** The application row, locked for the decision (two admins deciding at once queue here). */
async function lockApplication(tx: Tx, doctorUuid: string) {
  const [row] = await tx
    .select({
      id: doctors.id,
      uuid: doctors.uuid,
      status: doctors.verificationStatus,
      userId: users.id,
      name: users.fullName,
    })
    .from(doctors)
    .innerJoin(users, eq(users.id, doctors.userId))
    .where(and(eq(doctors.uuid, doctorUuid), isNull(users.deletedAt)))
    .for("update", { of: doctors })
    .limit(1);
  if (!row) throw notFound("doctor");
  return row;
}

const notPending = (status: string) =>
  new AppError(
    "conflict",
    status === "rejected"
      ? "This application was rejected; the doctor must correct and resubmit it first."
      : "This doctor is already verified.",
  );

/**
 * Verifies a pending application: the listing appears and bookings open. Verifying a verified
 * profile, or a rejected one not yet resubmitted, is 409. Notifies the applicant and records the
 * action in the same transaction.
 */
export async function verifyDoctor(
  actor: Actor,
  doctorUuid: string,
): Promise<DoctorApplicationDto> {
  requireAdmin(actor);
  if (!isUuid(doctorUuid)) throw notFound("doctor");
  await db.transaction(async (tx) => {
    const row = await lockApplication(tx, doctorUuid);
    if (row.status !== "pending") throw notPending(row.status);
    await tx
      .update(doctors)
      .set({
        verificationStatus: "verified",
        verifiedAt: sql`now()`,
        verifiedBy: actor.userId,
        rejectionReason: null,
      })
      .where(eq(doctors.id, row.id));
    await notifyApplicant(tx, row.userId, { verified: true });
    await recordAdminAction(tx, actor, {
      action: "doctor_verified",
      targetType: "doctor",
      targetUuid: row.uuid,
      targetLabel: row.name,
    });
  });
  doctorChanged(doctorUuid);
  return getDoctorApplication(actor, doctorUuid);
}

/**
 * Rejects a pending application with a reason the applicant sees (3..500 characters; 422
 * without). Only a pending one (else 409). The applicant is told and can correct and resubmit.
 */
export async function rejectDoctor(
  actor: Actor,
  doctorUuid: string,
  input: RejectDoctorInput,
): Promise<DoctorApplicationDto> {
  requireAdmin(actor);
  if (!isUuid(doctorUuid)) throw notFound("doctor");
  await db.transaction(async (tx) => {
    const row = await lockApplication(tx, doctorUuid);
    if (row.status !== "pending") throw notPending(row.status);
    await tx
      .update(doctors)
      .set({ verificationStatus: "rejected", rejectionReason: input.reason, verifiedAt: null })
      .where(eq(doctors.id, row.id));
    await notifyApplicant(tx, row.userId, { verified: false, reason: input.reason });
    await recordAdminAction(tx, actor, {
      action: "doctor_rejected",
      targetType: "doctor",
      targetUuid: row.uuid,
      targetLabel: row.name,
      reason: input.reason,
    });
  });
  return getDoctorApplication(actor, doctorUuid);
}

const userColumns = {
  id: users.id,
  uuid: users.uuid,
  fullName: users.fullName,
  email: users.email,
  role: users.role,
  suspendedAt: users.suspendedAt,
  suspensionReason: users.suspensionReason,
  createdAt: users.createdAt,
};

async function lockUser(tx: Tx, userUuid: string) {
  const [row] = await tx
    .select(userColumns)
    .from(users)
    .where(and(eq(users.uuid, userUuid), isNull(users.deletedAt)))
    .for("update")
    .limit(1);
  if (!row) throw notFound("user");
  return row;
}

/**
 * Suspends an account: it cannot sign in, and every session and token it holds ends at once
 * (sign-out-everywhere in the same transaction). Suspending a suspended account changes nothing
 * (the first reason stays) and records nothing. Not oneself (422), not another admin (403).
 */
export async function suspendUser(
  actor: Actor,
  userUuid: string,
  input: SuspendUserInput,
): Promise<AdminUserDto> {
  requireAdmin(actor);
  if (!isUuid(userUuid)) throw notFound("user");
  return db.transaction(async (tx) => {
    const row = await lockUser(tx, userUuid);
    const refusal = suspensionRefusal(actor, row);
    if (refusal) throw refusal;
    if (row.suspendedAt) return toAdminUserDto(row);
    const [updated] = await tx
      .update(users)
      .set({ suspendedAt: sql`now()`, suspensionReason: input.reason })
      .where(eq(users.id, row.id))
      .returning(userColumns);
    await endAllSessions(tx, row.id);
    await recordAdminAction(tx, actor, {
      action: "user_suspended",
      targetType: "user",
      targetUuid: row.uuid,
      targetLabel: row.fullName,
      reason: input.reason,
    });
    return toAdminUserDto(updated!);
  });
}

/** Lifts a suspension: the person can sign in again (old sessions stay ended). Idempotent. */
export async function restoreUser(actor: Actor, userUuid: string): Promise<AdminUserDto> {
  requireAdmin(actor);
  if (!isUuid(userUuid)) throw notFound("user");
  return db.transaction(async (tx) => {
    const row = await lockUser(tx, userUuid);
    if (!row.suspendedAt) return toAdminUserDto(row);
    const [updated] = await tx
      .update(users)
      .set({ suspendedAt: null, suspensionReason: null })
      .where(eq(users.id, row.id))
      .returning(userColumns);
    await recordAdminAction(tx, actor, {
      action: "user_restored",
      targetType: "user",
      targetUuid: row.uuid,
      targetLabel: row.fullName,
    });
    return toAdminUserDto(updated!);
  });
}

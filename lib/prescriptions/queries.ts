import "server-only";
import { and, asc, count, desc, eq, inArray, ne, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Queryable } from "@/db/client";
import {
  appointments,
  doctors,
  healthRecords,
  medicines,
  prescriptionItems,
  prescriptions,
  users,
} from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getStorage } from "@/lib/storage";
import { isUuid } from "@/lib/validation/ids";
import { toPrescriptionDto, type PrescriptionItemRow } from "./mappers";
import type { ListPrescriptionsQuery, PrescriptionDto } from "./schemas";

const doctorUser = alias(users, "rx_doctor_user");
const patientUser = alias(users, "rx_patient_user");
const replaced = alias(prescriptions, "rx_replaced");
const successor = alias(prescriptions, "rx_successor");

const viewColumns = {
  id: prescriptions.id,
  uuid: prescriptions.uuid,
  prescriptionNumber: prescriptions.prescriptionNumber,
  status: prescriptions.status,
  appointmentUuid: appointments.uuid,
  diagnosis: prescriptions.diagnosis,
  symptoms: prescriptions.symptoms,
  specialInstructions: prescriptions.specialInstructions,
  testsRecommended: prescriptions.testsRecommended,
  followUpDate: prescriptions.followUpDate,
  issuedAt: prescriptions.issuedAt,
  doctorUuid: doctors.uuid,
  doctorName: doctorUser.fullName,
  licenseNumber: doctors.licenseNumber,
  registrationCouncil: doctors.registrationCouncil,
  patientUuid: patientUser.uuid,
  patientName: patientUser.fullName,
  replacesUuid: replaced.uuid,
  replacedByUuid: successor.uuid,
  recordUuid: healthRecords.uuid,
  signatureHash: prescriptions.signatureHash,
};

function selectViews(on: Queryable, where: SQL | undefined) {
  return on
    .select(viewColumns)
    .from(prescriptions)
    .innerJoin(doctors, eq(doctors.id, prescriptions.doctorId))
    .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
    .innerJoin(patientUser, eq(patientUser.id, prescriptions.patientId))
    .leftJoin(appointments, eq(appointments.id, prescriptions.appointmentId))
    .leftJoin(replaced, eq(replaced.id, prescriptions.replacesId))
    .leftJoin(successor, eq(successor.replacesId, prescriptions.id))
    .leftJoin(healthRecords, eq(healthRecords.id, prescriptions.recordId))
    .where(where);
}

/** The prescriptions the actor may read: given to them, or (a doctor) written by them. Never drafts. */
function readableBy(actor: Actor): SQL {
  const mine = eq(prescriptions.patientId, actor.userId);
  const access =
    actor.doctorId === null ? mine : (or(mine, eq(prescriptions.doctorId, actor.doctorId)) ?? mine);
  return and(access, ne(prescriptions.status, "draft"))!;
}

async function withItems(on: Queryable, rows: Awaited<ReturnType<typeof selectViews>>) {
  if (rows.length === 0) return [];
  const items = await on
    .select({
      prescriptionId: prescriptionItems.prescriptionId,
      uuid: prescriptionItems.uuid,
      medicineUuid: medicines.uuid,
      nameSnapshot: prescriptionItems.nameSnapshot,
      dosage: prescriptionItems.dosage,
      frequency: prescriptionItems.frequency,
      duration: prescriptionItems.duration,
      durationDays: prescriptionItems.durationDays,
      quantity: prescriptionItems.quantity,
      instructions: prescriptionItems.instructions,
    })
    .from(prescriptionItems)
    .leftJoin(medicines, eq(medicines.id, prescriptionItems.medicineId))
    .where(
      inArray(
        prescriptionItems.prescriptionId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(prescriptionItems.id));
  const byParent = new Map<number, PrescriptionItemRow[]>();
  for (const { prescriptionId, ...item } of items) {
    byParent.set(prescriptionId, [...(byParent.get(prescriptionId) ?? []), item]);
  }
  return rows.map((row) => toPrescriptionDto(row, byParent.get(row.id) ?? []));
}

export const prescriptionNotFound = () => notFound("prescription");

/** One prescription by internal id, for the service that just wrote it (no scoping). */
export async function loadPrescriptionDto(
  id: number,
  on: Queryable = db,
): Promise<PrescriptionDto> {
  const rows = await selectViews(on, eq(prescriptions.id, id)).limit(1);
  const [dto] = await withItems(on, rows);
  if (!dto) throw prescriptionNotFound();
  return dto;
}

/** One prescription given to me or written by me; anyone else's (an admin's too) is not found. */
export async function getPrescription(actor: Actor, id: string): Promise<PrescriptionDto> {
  if (!isUuid(id)) throw prescriptionNotFound();
  const rows = await selectViews(db, and(eq(prescriptions.uuid, id), readableBy(actor))).limit(1);
  const [dto] = await withItems(db, rows);
  if (!dto) throw prescriptionNotFound();
  return dto;
}

/** My prescriptions as patient (default) or, `as: "doctor"`, those I wrote (403 without a profile). */
export async function listPrescriptions(
  actor: Actor,
  query: ListPrescriptionsQuery,
): Promise<Page<PrescriptionDto>> {
  let owner: SQL;
  if (query.as === "doctor") {
    if (actor.doctorId === null) throw new AppError("forbidden", "You have no doctor profile.");
    owner = eq(prescriptions.doctorId, actor.doctorId);
  } else {
    owner = eq(prescriptions.patientId, actor.userId);
  }
  const where = and(owner, ne(prescriptions.status, "draft"));
  const [rows, [total]] = await Promise.all([
    selectViews(db, where)
      .orderBy(desc(prescriptions.issuedAt), desc(prescriptions.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(prescriptions).where(where),
  ]);
  return {
    data: await withItems(db, rows),
    meta: { page: query.page, pageSize: query.pageSize, total: total?.n ?? 0 },
  };
}

/**
 * The prescriptions of one appointment the actor takes part in (oldest first, so a correction
 * follows what it corrects); someone else's appointment is an empty list.
 */
export async function listAppointmentPrescriptions(
  actor: Actor,
  appointmentId: string,
): Promise<PrescriptionDto[]> {
  if (!isUuid(appointmentId)) return [];
  const rows = await selectViews(
    db,
    and(eq(appointments.uuid, appointmentId), readableBy(actor)),
  ).orderBy(asc(prescriptions.issuedAt), asc(prescriptions.id));
  return withItems(db, rows);
}

/** The issued PDF of a prescription I may read: its bytes and a file name; 404 when gone. */
export async function getPrescriptionPdf(
  actor: Actor,
  id: string,
): Promise<{ bytes: Uint8Array; contentType: string; filename: string }> {
  if (!isUuid(id)) throw prescriptionNotFound();
  const [row] = await db
    .select({ number: prescriptions.prescriptionNumber, fileKey: healthRecords.fileKey })
    .from(prescriptions)
    .innerJoin(healthRecords, eq(healthRecords.id, prescriptions.recordId))
    .where(and(eq(prescriptions.uuid, id), readableBy(actor)))
    .limit(1);
  const file = row?.fileKey ? await getStorage().getFile(row.fileKey) : null;
  if (!row || !file) throw prescriptionNotFound();
  return { bytes: file.bytes, contentType: "application/pdf", filename: `${row.number}.pdf` };
}

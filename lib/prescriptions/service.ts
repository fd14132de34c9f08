import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { translateDbErrors, type DbErrorMap } from "@/db/errors";
import {
  appointments,
  doctors,
  healthRecords,
  prescriptionItems,
  prescriptionNumberSeq,
  prescriptions,
} from "@/db/schema";
import { factsOf } from "@/lib/appointments/mappers";
import { isDoctorOf } from "@/lib/appointments/policy";
import { appointmentNotFound, findAppointmentView } from "@/lib/appointments/queries";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { loadHealthProfileRow } from "@/lib/health-profile/queries";
import { toHealthProfileDto } from "@/lib/health-profile/mappers";
import { deleteFilesQuietly, getStorage, newStorageKey } from "@/lib/storage";
import { todayInIndia } from "@/lib/validation/fields";
import { isUuid } from "@/lib/validation/ids";
import {
  alreadyCorrected,
  alreadyIssued,
  checkAllergies,
  checkFollowUp,
  resolveItems,
  resolveReplaces,
  type ResolvedItem,
} from "./checks";
import { prescriptionNumberOf } from "./mappers";
import { notifyPrescriptionIssued } from "./notify";
import { renderPrescriptionPdf, withDoctorTitle, type PrescriptionPdfContent } from "./pdf";
import { canIssuePrescription } from "./policy";
import { loadPrescriptionDto } from "./queries";
import type { IssuePrescriptionInput, PrescriptionDto } from "./schemas";

const uniqueErrors: DbErrorMap = {
  prescriptions_appointment_original_uniq: () => alreadyIssued(),
  prescriptions_replaces_id_uniq: () => alreadyCorrected(),
};

async function nextNumber(now: Date): Promise<string> {
  const res = (await db.execute(
    sql`select nextval(${prescriptionNumberSeq.seqName}) as n`,
  )) as unknown;
  const rows = (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as { n: string }[];
  return prescriptionNumberOf(Number(todayInIndia(now).slice(0, 4)), BigInt(rows[0]!.n));
}

/** sha256 over the doctor, the instant of issue and the canonical content: tamper evidence. */
export function signatureOf(doctorUuid: string, issuedAt: Date, content: unknown): string {
  const canonical = JSON.stringify({ doctorUuid, issuedAt: issuedAt.toISOString(), content });
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * Issues a prescription for an appointment: its doctor only (the patient 403, anyone else 404),
 * once a confirmed appointment's room opened (10 minutes before it starts) or after it was completed. The PDF is rendered and stored
 * first; one transaction then files it in the patient's records, writes the prescription and its
 * items, completes the appointment and notifies the patient (a failure deletes the file again).
 */
export async function issuePrescription(
  actor: Actor,
  appointmentId: string,
  input: IssuePrescriptionInput,
  options: { now?: Date; origin?: string } = {},
): Promise<PrescriptionDto> {
  const now = options.now ?? new Date();
  if (!isUuid(appointmentId)) throw appointmentNotFound();
  const row = await findAppointmentView(actor, appointmentId);
  if (!row) throw appointmentNotFound();
  const facts = factsOf(row);
  if (!isDoctorOf(actor, facts)) {
    throw new AppError("forbidden", "Only the appointment's doctor can issue a prescription.");
  }
  if (!canIssuePrescription(actor, facts, now)) {
    throw new AppError(
      "conflict",
      `A prescription can be issued from 10 minutes before a confirmed appointment starts (it is ${row.status}).`,
    );
  }
  checkFollowUp(input.followUpDate, now);
  const items = await resolveItems(input);
  const profile = toHealthProfileDto(await loadHealthProfileRow(row.patientId));
  checkAllergies(items, profile.allergies, input.acknowledgeAllergies === true);
  const replaces = await resolveReplaces(row.id, input.replaces);

  const [doctor] = await db
    .select({
      qualification: doctors.qualification,
      license: doctors.licenseNumber,
      council: doctors.registrationCouncil,
    })
    .from(doctors)
    .where(eq(doctors.id, row.doctorId));
  const number = await nextNumber(now);
  const content: PrescriptionPdfContent = {
    number,
    issuedOn: todayInIndia(now),
    doctor: {
      name: row.doctorName,
      qualification: doctor!.qualification,
      registrationNumber: doctor!.license,
      registrationCouncil: doctor!.council,
    },
    patient: { name: row.patientName, age: profile.age, sex: profile.gender },
    diagnosis: input.diagnosis,
    symptoms: input.symptoms ?? null,
    items,
    testsAdvised: input.testsAdvised ?? [],
    advice: input.advice ?? null,
    followUpDate: input.followUpDate ?? null,
    replacesNumber: replaces?.number ?? null,
    signatureHash: "",
  };
  content.signatureHash = signatureOf(row.doctorUuid, now, { ...content, signatureHash: null });
  const bytes = await renderPrescriptionPdf(content);
  const fileKey = newStorageKey("records", "application/pdf");
  await getStorage().putFile({ key: fileKey, bytes, contentType: "application/pdf" });

  try {
    const id = await translateDbErrors(
      () =>
        db.transaction((tx) =>
          writeIssued(tx, {
            appointment: row,
            content,
            items,
            replacesId: replaces?.id ?? null,
            file: { key: fileKey, size: bytes.byteLength },
            now,
            origin: options.origin,
          }),
        ),
      uniqueErrors,
    );
    return loadPrescriptionDto(id);
  } catch (err) {
    await deleteFilesQuietly([fileKey]);
    throw err;
  }
}

interface IssuedWrite {
  appointment: {
    id: number;
    uuid: string;
    patientId: number;
    doctorId: number;
    doctorUserId: number;
    doctorName: string;
    status: string;
    date: string;
    time: string;
    consultationType: "online" | "offline";
  };
  content: PrescriptionPdfContent;
  items: ResolvedItem[];
  replacesId: number | null;
  file: { key: string; size: number };
  now: Date;
  origin?: string;
}

/** The rows of one issue, in the caller's transaction; returns the prescription's id. */
async function writeIssued(tx: Tx, w: IssuedWrite): Promise<number> {
  const { appointment: a, content: c, now } = w;
  // Completes the appointment (kept completed); also locks it, so concurrent issues queue here.
  const [done] = await tx
    .update(appointments)
    .set({
      status: "completed",
      completedAt: sql`coalesce(${appointments.completedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(and(eq(appointments.id, a.id), inArray(appointments.status, ["confirmed", "completed"])))
    .returning({ id: appointments.id });
  if (!done) throw new AppError("conflict", "This appointment was changed meanwhile; reload it.");
  const [record] = await tx
    .insert(healthRecords)
    .values({
      userId: a.patientId,
      recordType: "prescription",
      title: `Prescription ${c.number}`,
      description: c.diagnosis,
      documentDate: c.issuedOn,
      doctorName: withDoctorTitle(a.doctorName),
      fileKey: w.file.key,
      mimeType: "application/pdf",
      sizeBytes: w.file.size,
      source: "prescription",
      uploadedBy: a.doctorUserId,
    })
    .returning({ id: healthRecords.id });
  const [rx] = await tx
    .insert(prescriptions)
    .values({
      prescriptionNumber: c.number,
      appointmentId: a.id,
      replacesId: w.replacesId,
      patientId: a.patientId,
      doctorId: a.doctorId,
      diagnosis: c.diagnosis,
      symptoms: c.symptoms,
      specialInstructions: c.advice,
      testsRecommended: [...c.testsAdvised],
      followUpDate: c.followUpDate,
      status: "issued",
      issuedAt: now,
      recordId: record!.id,
      signatureHash: c.signatureHash,
    })
    .returning({ id: prescriptions.id });
  await tx.insert(prescriptionItems).values(
    w.items.map((item) => ({
      prescriptionId: rx!.id,
      medicineId: item.medicineId,
      nameSnapshot: item.name,
      dosage: item.dosage,
      frequency: item.frequency,
      duration: item.duration,
      durationDays: item.durationDays,
      quantity: item.quantity,
      instructions: item.instructions,
    })),
  );
  await notifyPrescriptionIssued(tx, a, c.number, w.origin);
  return rx!.id;
}

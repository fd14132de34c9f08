import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import * as t from "@/db/schema";
import { prescriptionNumberOf } from "@/lib/prescriptions/mappers";
import { renderPrescriptionPdf, withDoctorTitle } from "@/lib/prescriptions/pdf";
import { signatureOf } from "@/lib/prescriptions/service";
import { getStorage } from "@/lib/storage";

/**
 * One prescription issued to the demo patient at their latest completed visit with a doctor other
 * than the demo doctor (whose visit stays free for trying the consultation editor): a thyroid
 * refill (Schedule H, so the pharmacy asks for a prescription) and paracetamol, with its PDF filed
 * in the patient's records like lib/prescriptions files one. The pharmacy's "order this
 * prescription" and checkout's prescription step have something real to show.
 */
export async function writeDemoPrescription(
  tx: Tx,
  accounts: { patient: string; doctor: string },
): Promise<void> {
  const patientUser = t.users;
  const [visit] = await tx
    .select({
      id: t.appointments.id,
      date: t.appointments.date,
      patientId: t.appointments.patientId,
      patientName: patientUser.fullName,
      doctorId: t.doctors.id,
      doctorUuid: t.doctors.uuid,
      doctorUserId: t.doctors.userId,
      qualification: t.doctors.qualification,
      license: t.doctors.licenseNumber,
      council: t.doctors.registrationCouncil,
    })
    .from(t.appointments)
    .innerJoin(patientUser, eq(patientUser.id, t.appointments.patientId))
    .innerJoin(t.doctors, eq(t.doctors.id, t.appointments.doctorId))
    .where(
      and(
        eq(patientUser.email, accounts.patient),
        eq(t.appointments.status, "completed"),
        ne(
          t.doctors.userId,
          sql`(select id from ${t.users} where ${t.users.email} = ${accounts.doctor})`,
        ),
      ),
    )
    .orderBy(desc(t.appointments.date))
    .limit(1);
  if (!visit) throw new Error("demo prescription: the demo patient has no completed visit");
  const [doctorUser] = await tx
    .select({ name: t.users.fullName })
    .from(t.users)
    .where(eq(t.users.id, visit.doctorUserId));
  const meds = await tx
    .select({ id: t.medicines.id, name: t.medicines.name, generic: t.medicines.genericName })
    .from(t.medicines)
    .where(inArray(t.medicines.genericName, ["Levothyroxine", "Paracetamol"]));
  const levo = meds.find((m) => m.generic === "Levothyroxine" && m.name.includes("50 mcg"));
  const para = meds.find((m) => m.generic === "Paracetamol" && m.name.includes("500 mg"));
  if (!levo || !para) throw new Error("demo prescription: catalogue medicines missing");

  const items = [
    {
      medicineId: levo.id,
      name: levo.name,
      dosage: "1 tablet",
      frequency: "once_daily" as const,
      duration: "3 months",
      durationDays: 90,
      quantity: 1,
      instructions: "Empty stomach, 30 minutes before breakfast",
    },
    {
      medicineId: para.id,
      name: para.name,
      dosage: "1 tablet",
      frequency: "every_6h" as const,
      duration: "3 days",
      durationDays: 3,
      quantity: 1,
      instructions: "Only while the fever is above 100 °F",
    },
  ];
  const issuedAt = new Date(`${visit.date}T13:30:00+05:30`);
  const seq = await tx.execute(sql`select nextval(${t.prescriptionNumberSeq.seqName}) as n`);
  const seqRows = (Array.isArray(seq) ? seq : (seq as { rows: unknown[] }).rows) as { n: string }[];
  const number = prescriptionNumberOf(Number(visit.date.slice(0, 4)), BigInt(seqRows[0]!.n));
  const doctorName = doctorUser?.name ?? "Doctor";
  const content = {
    number,
    issuedOn: visit.date,
    doctor: {
      name: doctorName,
      qualification: visit.qualification,
      registrationNumber: visit.license,
      registrationCouncil: visit.council,
    },
    patient: { name: visit.patientName, age: null, sex: null },
    diagnosis: "Hypothyroidism, on replacement; viral fever",
    symptoms: "Tiredness; fever for two days",
    items,
    testsAdvised: ["TSH after 6 weeks"],
    advice: "Plenty of fluids and rest.",
    followUpDate: null,
    replacesNumber: null,
    signatureHash: "",
  };
  content.signatureHash = signatureOf(visit.doctorUuid, issuedAt, {
    ...content,
    signatureHash: null,
  });
  const bytes = await renderPrescriptionPdf(content);
  // A fixed key (the shape newStorageKey makes): a re-seed overwrites rather than piles up.
  const fileKey = "records/0b7c6a52-4d0e-4f51-9a51-5e3d2f1c9a01.pdf";
  await getStorage().putFile({ key: fileKey, bytes, contentType: "application/pdf" });
  const [record] = await tx
    .insert(t.healthRecords)
    .values({
      userId: visit.patientId,
      recordType: "prescription",
      title: `Prescription ${number}`,
      description: content.diagnosis,
      documentDate: visit.date,
      doctorName: withDoctorTitle(doctorName),
      fileKey,
      mimeType: "application/pdf",
      sizeBytes: bytes.byteLength,
      source: "prescription",
      uploadedBy: visit.doctorUserId,
      createdAt: issuedAt,
    })
    .returning({ id: t.healthRecords.id });
  const [rx] = await tx
    .insert(t.prescriptions)
    .values({
      prescriptionNumber: number,
      appointmentId: visit.id,
      patientId: visit.patientId,
      doctorId: visit.doctorId,
      diagnosis: content.diagnosis,
      symptoms: content.symptoms,
      specialInstructions: content.advice,
      testsRecommended: content.testsAdvised,
      status: "issued",
      issuedAt,
      recordId: record!.id,
      signatureHash: content.signatureHash,
      createdAt: issuedAt,
    })
    .returning({ id: t.prescriptions.id });
  await tx.insert(t.prescriptionItems).values(
    items.map((i) => ({
      prescriptionId: rx!.id,
      medicineId: i.medicineId,
      nameSnapshot: i.name,
      dosage: i.dosage,
      frequency: i.frequency,
      duration: i.duration,
      durationDays: i.durationDays,
      quantity: i.quantity,
      instructions: i.instructions,
    })),
  );
}

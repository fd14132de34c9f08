import type { DoseFrequency } from "@/db/schema/prescription-items";
import type { PrescriptionStatus } from "@/db/schema/prescriptions";
import type { PrescriptionDto, PrescriptionItemDto } from "./schemas";

/** The columns a prescription read selects (with its doctor, patient and neighbours). */
export interface PrescriptionViewRow {
  id: number;
  uuid: string;
  prescriptionNumber: string;
  status: PrescriptionStatus;
  appointmentUuid: string | null;
  diagnosis: string;
  symptoms: string | null;
  specialInstructions: string | null;
  testsRecommended: string[];
  followUpDate: string | null;
  issuedAt: Date | null;
  doctorUuid: string;
  doctorName: string;
  licenseNumber: string;
  registrationCouncil: string | null;
  patientUuid: string;
  patientName: string;
  replacesUuid: string | null;
  replacedByUuid: string | null;
  recordUuid: string | null;
  signatureHash: string | null;
}

export interface PrescriptionItemRow {
  uuid: string;
  medicineUuid: string | null;
  nameSnapshot: string;
  dosage: string;
  frequency: DoseFrequency;
  duration: string;
  durationDays: number | null;
  quantity: number;
  instructions: string | null;
}

export function toPrescriptionItemDto(row: PrescriptionItemRow): PrescriptionItemDto {
  return {
    id: row.uuid,
    medicineId: row.medicineUuid,
    name: row.nameSnapshot,
    dosage: row.dosage,
    frequency: row.frequency,
    duration: row.duration,
    durationDays: row.durationDays,
    quantity: row.quantity,
    instructions: row.instructions,
  };
}

export function toPrescriptionDto(
  row: PrescriptionViewRow,
  items: PrescriptionItemRow[],
): PrescriptionDto {
  return {
    id: row.uuid,
    number: row.prescriptionNumber,
    status: row.status,
    appointmentId: row.appointmentUuid,
    diagnosis: row.diagnosis,
    symptoms: row.symptoms,
    advice: row.specialInstructions,
    testsAdvised: row.testsRecommended,
    followUpDate: row.followUpDate,
    issuedAt: row.issuedAt?.toISOString() ?? null,
    doctor: {
      id: row.doctorUuid,
      name: row.doctorName,
      registrationNumber: row.licenseNumber,
      registrationCouncil: row.registrationCouncil,
    },
    patient: { id: row.patientUuid, name: row.patientName },
    items: items.map(toPrescriptionItemDto),
    replaces: row.replacesUuid,
    replacedBy: row.replacedByUuid,
    recordId: row.recordUuid,
    signatureHash: row.signatureHash,
    pdfUrl: `/api/v1/prescriptions/${row.uuid}/pdf`,
  };
}

/** `RX-2026-000123`: the year of issue and the sequence value, six digits at least. */
export function prescriptionNumberOf(year: number, sequence: number | bigint): string {
  return `RX-${year}-${String(sequence).padStart(6, "0")}`;
}

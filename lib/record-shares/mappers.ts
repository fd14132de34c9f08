import type { RecordSharePurpose, RecordShareScope } from "@/db/schema/record-shares";
import { shareStatus } from "./policy";
import type { AccessLogEntryDto, RecordShareDto } from "./schemas";

export interface RecordShareViewRow {
  id: number;
  uuid: string;
  doctorUuid: string;
  doctorName: string;
  doctorSpecialty: string | null;
  patientUuid: string;
  patientName: string;
  appointmentUuid: string | null;
  scope: RecordShareScope;
  purpose: RecordSharePurpose;
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
}

/** One share with its chosen records (`items`, for scope `selected`). */
export function toRecordShareDto(
  row: RecordShareViewRow,
  items: ReadonlyArray<{ id: string; title: string }>,
  now: Date = new Date(),
): RecordShareDto {
  return {
    id: row.uuid,
    doctor: { id: row.doctorUuid, name: row.doctorName, specialty: row.doctorSpecialty },
    patient: { id: row.patientUuid, name: row.patientName },
    appointmentId: row.appointmentUuid,
    scope: row.scope,
    purpose: row.purpose,
    records: row.scope === "all" ? null : [...items],
    status: shareStatus(row, now),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export interface AccessLogViewRow {
  uuid: string;
  recordUuid: string | null;
  recordTitle: string | null;
  readerName: string | null;
  readerRole: "patient" | "doctor" | "admin" | null;
  action: AccessLogEntryDto["action"];
  door: AccessLogEntryDto["door"];
  reason: string | null;
  at: Date;
}

/** One entry of the owner's access log; a deleted reader shows as null. */
export function toAccessLogEntryDto(row: AccessLogViewRow): AccessLogEntryDto {
  return {
    id: row.uuid,
    recordId: row.recordUuid,
    title: row.recordTitle ?? "",
    reader:
      row.readerName !== null && row.readerRole !== null
        ? { name: row.readerName, role: row.readerRole }
        : null,
    action: row.action,
    door: row.door,
    reason: row.reason,
    at: row.at.toISOString(),
  };
}

import type { DoctorDocumentKind, DocumentStatus } from "@/db/schema/doctor-documents";
import type { DoctorDocumentDto } from "./schemas";

export interface DoctorDocumentViewRow {
  uuid: string;
  kind: DoctorDocumentKind;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  status: DocumentStatus;
  createdAt: Date;
}

export function toDoctorDocumentDto(row: DoctorDocumentViewRow): DoctorDocumentDto {
  return {
    id: row.uuid,
    kind: row.kind,
    fileName: row.fileName,
    contentType: (row.mimeType ?? "application/pdf") as DoctorDocumentDto["contentType"],
    sizeBytes: Number(row.sizeBytes ?? 0),
    status: row.status,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The name a file was uploaded with, for display only: no path, no control characters, short. */
export function displayFileName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean ? clean.slice(0, 200) : null;
}

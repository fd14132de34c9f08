import type { HealthRecordSource, HealthRecordType } from "@/db/schema/health-records";
import type { Door } from "@/lib/access/read-audit";
import { documentTypes, type DocumentType } from "@/lib/storage/sniff";
import type { HealthRecordDto } from "./schemas";

export interface HealthRecordViewRow {
  id: number;
  uuid: string;
  userId: number;
  recordType: HealthRecordType;
  title: string;
  description: string | null;
  documentDate: string | null;
  doctorName: string | null;
  hospitalName: string | null;
  fileKey: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  source: HealthRecordSource;
  abhaSyncedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Where a record's file is served: the page door's route handler or the API's. */
export function recordFileUrls(
  id: string,
  door: Door,
): { previewUrl: string; downloadUrl: string } {
  return door === "page"
    ? { previewUrl: `/records/${id}/file`, downloadUrl: `/records/${id}/file?download=1` }
    : {
        previewUrl: `/api/v1/health-records/${id}/preview`,
        downloadUrl: `/api/v1/health-records/${id}/download`,
      };
}

const isDocumentType = (v: string | null): v is DocumentType =>
  v !== null && (documentTypes as readonly string[]).includes(v);

/** The DTO of one record as `viewerId` sees it; file URLs point at the door it was read through. */
export function toHealthRecordDto(
  row: HealthRecordViewRow,
  viewerId: number,
  door: Door,
): HealthRecordDto {
  return {
    id: row.uuid,
    recordType: row.recordType,
    title: row.title,
    description: row.description,
    documentDate: row.documentDate,
    doctorName: row.doctorName,
    hospitalName: row.hospitalName,
    source: row.source,
    file:
      row.fileKey && isDocumentType(row.mimeType)
        ? {
            contentType: row.mimeType,
            sizeBytes: row.sizeBytes ?? 0,
            ...recordFileUrls(row.uuid, door),
          }
        : null,
    abhaSynced: row.abhaSyncedAt !== null,
    mine: row.userId === viewerId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const asciiFallback = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\/:*?<>|;%]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** "Blood test (March).pdf": the title made a safe file name, with the stored type's extension. */
export function recordFileName(title: string, extension: string): string {
  const base = title
    .replace(/[\u0000-\u001f\u007f"\\/:*?<>|]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 100);
  return `${base || "record"}.${extension}`;
}

/**
 * `attachment; filename="Blood test.pdf"; filename*=UTF-8''...` (RFC 6266 / 8187): an ASCII
 * fallback for old clients and the exact UTF-8 name (a Hindi title) for the rest.
 */
export function contentDisposition(kind: "inline" | "attachment", filename: string): string {
  const dot = filename.lastIndexOf(".");
  const ext = dot > 0 ? filename.slice(dot) : "";
  const ascii = asciiFallback(dot > 0 ? filename.slice(0, dot) : filename) || "record";
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}${ext}"; filename*=UTF-8''${encoded}`;
}

import type { Copy } from "@/lib/i18n/read-copy";
import { maxRecordFileBytes } from "@/lib/health-records/schemas";

/** The types a record may hold; the browser's word for a chosen file, checked before sending. */
export const acceptedRecordTypes = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/webp",
] as const;

type UploadCopy = Copy<"records">["upload"];
type ErrorsCopy = Copy<"records">["errors"];

/**
 * Why a chosen file would be refused, before a byte is sent (size, emptiness, declared type), or
 * undefined. The server sniffs the bytes again and is the one that decides.
 */
export function localFileProblem(
  file: { size: number; type: string } | undefined,
  t: UploadCopy,
): string | undefined {
  if (!file) return t.chooseFile;
  if (file.size === 0) return t.emptyFile;
  if (file.size > maxRecordFileBytes) return t.tooLarge;
  // Some systems give no type at all: let the server's sniffing decide those.
  if (file.type && !(acceptedRecordTypes as readonly string[]).includes(file.type)) {
    return t.wrongType;
  }
  return undefined;
}

/** An upload's failure as the form shows it: a summary line and messages beside fields. */
export interface UploadFailure {
  message: string;
  fieldErrors: Record<string, string>;
}

interface Problem {
  code?: string;
  errors?: { path: string; message: string }[];
}

/**
 * The answer of POST /api/v1/health-records when it is not a 201, in the user's words: 413 and
 * 415 beside the file, a 422's `errors` beside their fields, anything else as one summary line.
 */
export function uploadFailureOf(
  status: number,
  body: unknown,
  t: { upload: UploadCopy; errors: ErrorsCopy },
): UploadFailure {
  const problem = (typeof body === "object" && body !== null ? body : {}) as Problem;
  const codes = t.errors.codes as Record<string, string>;
  const fields = t.errors.fields as Record<string, string>;
  if (status === 413) {
    return { message: codes.payload_too_large!, fieldErrors: { file: t.upload.tooLarge } };
  }
  if (status === 415) {
    return { message: codes.unsupported_media_type!, fieldErrors: { file: t.upload.wrongType } };
  }
  const fieldErrors: Record<string, string> = {};
  for (const e of Array.isArray(problem.errors) ? problem.errors : []) {
    const field = String(e.path).split(".")[0] ?? "";
    if (field && !fieldErrors[field])
      fieldErrors[field] = fields[field] ?? codes.validation_failed!;
  }
  const code = problem.code && codes[problem.code] ? problem.code : status >= 500 ? "internal" : "";
  return { message: code ? codes[code]! : t.upload.failed, fieldErrors };
}

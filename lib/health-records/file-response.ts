import "server-only";
import { contentDisposition } from "./mappers";
import type { HealthRecordFile } from "./queries";

/**
 * The policy a downloaded file is served with: it may load nothing and runs sandboxed, so a file
 * that slipped past the type check could not script the app's origin.
 */
export const attachmentCsp = "default-src 'none'; sandbox";

/**
 * Inline previews. Images: as attachments (an <img> ignores the policy). PDFs: Chromium refuses to
 * run its PDF viewer in a sandboxed document, so a PDF preview drops `sandbox` and keeps
 * `default-src 'none'` (nothing in the file may load or connect) and may be framed only by the
 * app's own pages.
 */
export function inlineCsp(contentType: string): string {
  return contentType === "application/pdf"
    ? "default-src 'none'; frame-ancestors 'self'"
    : "default-src 'none'; sandbox; frame-ancestors 'self'";
}

/**
 * The one Response for a record's file, for the API routes and the page door's route handler: the
 * stored (sniffed) type, its length, an RFC 6266 disposition with the title as the name,
 * `nosniff`, a locked-down CSP, and never cached outside the reader's browser session.
 */
export function recordFileResponse(
  file: HealthRecordFile,
  disposition: "inline" | "attachment",
): Response {
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": contentDisposition(disposition, file.filename),
      "x-content-type-options": "nosniff",
      "content-security-policy":
        disposition === "attachment" ? attachmentCsp : inlineCsp(file.contentType),
      "cache-control": "private, no-store",
    },
  });
}

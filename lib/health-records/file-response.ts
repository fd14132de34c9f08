import "server-only";
import { contentDisposition } from "./mappers";
import type { HealthRecordFile } from "./queries";

/**
 * The policy a downloaded file is served with: it may load nothing and runs sandboxed, so a file
 * that slipped past the type check could not script the app's origin.
 */
export const attachmentCsp = "default-src 'none'; sandbox";

/**
 * Inline previews: the same lock-down, and they may be framed by the app's own pages only (the
 * record page shows a PDF in an <iframe>). Checked in Chromium 156: a PDF served with `sandbox`
 * in its CSP still renders in Chrome's viewer, framed and top-level, and an image still shows in
 * an <img> (which ignores the file's policy), so nothing needs loosening.
 */
export const inlineCsp = "default-src 'none'; sandbox; frame-ancestors 'self'";

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
      "content-security-policy": disposition === "attachment" ? attachmentCsp : inlineCsp,
      "cache-control": "private, no-store",
    },
  });
}

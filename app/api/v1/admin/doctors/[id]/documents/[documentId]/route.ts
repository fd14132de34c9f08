import { apiRoute } from "@/lib/api/api-route";
import { openDoctorDocument } from "@/lib/admin/documents";
import { adminOperations } from "@/lib/admin/openapi";
import { recordFileResponse } from "@/lib/health-records/file-response";

/** Inline, nosniff, private no-store and a sandboxing CSP: the records file response. */
export const GET = apiRoute(adminOperations.openDocument, async ({ actor, params }) =>
  recordFileResponse(await openDoctorDocument(actor, params.id, params.documentId), "inline"),
);

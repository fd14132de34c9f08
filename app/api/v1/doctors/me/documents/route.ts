import { apiRoute, created, ok } from "@/lib/api/api-route";
import { doctorDocumentOperations } from "@/lib/doctor-documents/openapi";
import {
  maxDoctorDocumentRequestBytes,
  uploadDoctorDocumentSchema,
} from "@/lib/doctor-documents/schemas";
import {
  countDoctorDocumentUpload,
  listMyDoctorDocuments,
  uploadDoctorDocument,
} from "@/lib/doctor-documents/service";
import { readMultipartUpload } from "@/lib/storage/multipart";
import { parseInput } from "@/lib/validation/parse-input";

export const GET = apiRoute(doctorDocumentOperations.list, async ({ actor }) =>
  ok(await listMyDoctorDocuments(actor)),
);

/** Counted against the hourly allowance first, then the body is read under its 10 MB cap. */
export const POST = apiRoute(doctorDocumentOperations.upload, async ({ actor, request }) => {
  await countDoctorDocumentUpload(actor);
  const { file, fields } = await readMultipartUpload(
    request,
    "file",
    maxDoctorDocumentRequestBytes,
  );
  const input = parseInput(uploadDoctorDocumentSchema, fields);
  const document = await uploadDoctorDocument(actor, input, file, { alreadyCounted: true });
  return created(document, "/api/v1/doctors/me/documents");
});

import { defineOperation } from "@/lib/api/operation";
import {
  healthRecordIdParamsSchema,
  healthRecordSchema,
  listHealthRecordsQuerySchema,
  updateHealthRecordSchema,
} from "./schemas";

const fileErrors = [401, 404];

/** Health records: the declarations apiRoute serves and the OpenAPI document lists. */
export const healthRecordOperations = {
  list: defineOperation({
    method: "get",
    path: "/health-records",
    summary:
      "My health records (filter by type, year, text), newest first; a doctor with `patientId` lists what that patient shares with them now",
    description:
      "With `patientId` the caller must be a doctor with a live share from that patient and an appointment with them; anyone else gets 404. Each record listed that way is written to the patient's access log.",
    tag: "Health records",
    auth: "user",
    query: listHealthRecordsQuerySchema,
    response: { status: 200, schema: healthRecordSchema, list: true },
    errors: [401, 404, 422],
  }),
  create: defineOperation({
    method: "post",
    path: "/health-records",
    summary:
      "Upload a record: multipart/form-data with `file` and the fields title, recordType, documentDate?, description?, doctorName?, hospitalName?",
    description:
      "The file's type is decided by its bytes (PDF, JPEG, PNG or WebP; anything else 415), at most 10 MB (413, refused without reading the whole body), an empty file 422. 60 uploads per hour per user (429).",
    tag: "Health records",
    auth: "user",
    upload: {
      field: "file",
      description: "PDF, JPEG, PNG or WebP (checked by content), at most 10 MB",
    },
    response: { status: 201, schema: healthRecordSchema },
    errors: [400, 401, 413, 415, 422, 429],
  }),
  get: defineOperation({
    method: "get",
    path: "/health-records/{id}",
    summary: "One record: mine, or one shared with me now (a doctor; the read is logged)",
    tag: "Health records",
    auth: "user",
    params: healthRecordIdParamsSchema,
    response: { status: 200, schema: healthRecordSchema },
    errors: [401, 404],
  }),
  update: defineOperation({
    method: "patch",
    path: "/health-records/{id}",
    summary: "Change a record's metadata (the owner only; the file stays)",
    tag: "Health records",
    auth: "user",
    params: healthRecordIdParamsSchema,
    body: updateHealthRecordSchema,
    response: { status: 200, schema: healthRecordSchema },
    errors: [401, 404, 422],
  }),
  delete: defineOperation({
    method: "delete",
    path: "/health-records/{id}",
    summary: "Delete a record and its stored file (the owner only)",
    tag: "Health records",
    auth: "user",
    params: healthRecordIdParamsSchema,
    response: { status: 204, description: "Deleted" },
    errors: [401, 404],
  }),
  download: defineOperation({
    method: "get",
    path: "/health-records/{id}/download",
    summary:
      "The record's file as an attachment, with the stored type and `X-Content-Type-Options: nosniff` (a doctor's download is logged)",
    tag: "Health records",
    auth: "user",
    params: healthRecordIdParamsSchema,
    response: { status: 200, description: "The file", contentType: "application/octet-stream" },
    errors: fileErrors,
  }),
  preview: defineOperation({
    method: "get",
    path: "/health-records/{id}/preview",
    summary: "The record's file inline, for an <img> or <iframe> (a doctor's preview is logged)",
    tag: "Health records",
    auth: "user",
    params: healthRecordIdParamsSchema,
    response: { status: 200, description: "The file", contentType: "application/octet-stream" },
    errors: fileErrors,
  }),
};

import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { doctorDocumentIdParamsSchema, doctorDocumentSchema } from "./schemas";

/** A doctor's own verification documents (admins open them through the admin routes, X2). */
export const doctorDocumentOperations = {
  upload: defineOperation({
    method: "post",
    path: "/doctors/me/documents",
    summary:
      "Add a verification document to my doctor profile: multipart/form-data with `file` and `kind`",
    description:
      "`kind` is registration_certificate, degree, id_proof or other; an application is complete only with a registration certificate. The file's type is decided by its bytes: PDF, JPEG or PNG (anything else 415), at most 10 MB (413, refused without reading the whole body), an empty file 422. Stored privately; only the doctor and admins see it. At most 20 documents per profile (409). 30 uploads per hour per user (429). 404 without a doctor profile.",
    tag: "Doctors",
    auth: "user",
    upload: { field: "file", description: "PDF, JPEG or PNG (checked by content), at most 10 MB" },
    response: { status: 201, schema: doctorDocumentSchema },
    errors: [400, 401, 404, 409, 413, 415, 422, 429],
  }),
  list: defineOperation({
    method: "get",
    path: "/doctors/me/documents",
    summary: "My verification documents, newest first (404 without a doctor profile)",
    tag: "Doctors",
    auth: "user",
    response: { status: 200, schema: z.array(doctorDocumentSchema) },
    errors: [401, 404],
  }),
  delete: defineOperation({
    method: "delete",
    path: "/doctors/me/documents/{id}",
    summary: "Delete one of my documents and its file, while my profile is not verified",
    description:
      "409 once the profile is verified (the evidence stays). Another doctor's document, or an unknown id, is 404.",
    tag: "Doctors",
    auth: "user",
    params: doctorDocumentIdParamsSchema,
    response: { status: 204, description: "Deleted" },
    errors: [401, 404, 409],
  }),
};

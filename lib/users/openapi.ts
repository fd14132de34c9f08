import { defineOperation } from "@/lib/api/operation";
import {
  deleteUserSchema,
  exportParamsSchema,
  exportQuerySchema,
  updateUserSchema,
  userExportSchema,
  userIdParamsSchema,
  userSchema,
} from "./schemas";

/** The Users operations: the declarations apiRoute serves and the OpenAPI document lists. */
export const userOperations = {
  get: defineOperation({
    method: "get",
    path: "/users/{id}",
    summary: "A user: yourself (`me`), or anyone for an admin",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    response: { status: 200, schema: userSchema },
    errors: [404],
  }),
  update: defineOperation({
    method: "put",
    path: "/users/{id}",
    summary: "Update name, phone (+91 normalised), locale, date of birth, gender, city",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    body: updateUserSchema,
    response: { status: 200, schema: userSchema },
    errors: [404],
  }),
  delete: defineOperation({
    method: "delete",
    path: "/users/{id}",
    summary:
      "Delete the account: personal data removed or anonymised, files deleted, sessions ended. Password accounts confirm with {password}; the body may be omitted otherwise",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    body: deleteUserSchema,
    bodyOptional: true,
    response: { status: 204, description: "Deleted" },
    errors: [404],
  }),
  setPhoto: defineOperation({
    method: "post",
    path: "/users/{id}/photo",
    summary:
      "Set the profile photo: multipart/form-data, field `file`; JPEG, PNG or WebP by content, at most 2 MB",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    upload: { field: "file", description: "JPEG, PNG or WebP (checked by content), at most 2 MB" },
    response: { status: 200, schema: userSchema },
    errors: [400, 404, 413, 415, 422],
  }),
  getPhoto: defineOperation({
    method: "get",
    path: "/users/{id}/photo",
    summary: "The profile photo's bytes (image/jpeg, image/png or image/webp)",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    response: { status: 200, description: "The image", contentType: "image/*" },
    errors: [404],
  }),
  export: defineOperation({
    method: "get",
    path: "/users/{id}/export",
    summary: "`/users/me/export`: everything held about you, as a JSON attachment",
    description:
      "`?format=fhir` answers a FHIR R4 `collection` Bundle instead (`application/fhir+json`, an attachment, not wrapped in `{ data }`): Patient, Practitioner, Condition, AllergyIntolerance, MedicationStatement, Observation (vitals, LOINC/UCUM), Encounter (appointments) and DocumentReference (health records, each with its `/health-records/{id}/download` URL); entries have `urn:uuid:` fullUrls and references resolve inside the bundle. The 200 schema below is the JSON format's.",
    tag: "Users",
    auth: "user",
    params: exportParamsSchema,
    query: exportQuerySchema,
    response: { status: 200, schema: userExportSchema },
    errors: [404, 422],
  }),
};

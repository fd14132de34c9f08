import { defineOperation } from "@/lib/api/operation";
import { userIdParamsSchema } from "@/lib/users/schemas";
import {
  accessLogEntrySchema,
  createRecordShareSchema,
  listAccessLogQuerySchema,
  listRecordSharesQuerySchema,
  recordShareIdParamsSchema,
  recordShareSchema,
} from "./schemas";

/** Record shares (consent) and the access log: the declarations apiRoute serves. */
export const recordShareOperations = {
  list: defineOperation({
    method: "get",
    path: "/record-shares",
    summary: "My record shares as a patient (any state), or `as=doctor` the live ones given to me",
    tag: "Health records",
    auth: "user",
    query: listRecordSharesQuerySchema,
    response: { status: 200, schema: recordShareSchema, list: true },
    errors: [401, 422],
  }),
  create: defineOperation({
    method: "post",
    path: "/record-shares",
    summary:
      "Share records (the chosen ones, or all when `recordIds` is omitted) with a doctor I have an appointment with, for 7 days by default, at most 90",
    description:
      "422 on `doctorId` for a doctor I have no appointment (other than a cancelled one) with; 404 when a record in `recordIds` is not mine.",
    tag: "Health records",
    auth: "user",
    body: createRecordShareSchema,
    response: { status: 201, schema: recordShareSchema },
    errors: [401, 404, 422],
  }),
  get: defineOperation({
    method: "get",
    path: "/record-shares/{id}",
    summary: "One share: mine, or a live one given to me",
    tag: "Health records",
    auth: "user",
    params: recordShareIdParamsSchema,
    response: { status: 200, schema: recordShareSchema },
    errors: [401, 404],
  }),
  revoke: defineOperation({
    method: "delete",
    path: "/record-shares/{id}",
    summary: "Revoke my share at once (idempotent); answers the revoked share",
    tag: "Health records",
    auth: "user",
    params: recordShareIdParamsSchema,
    response: { status: 200, schema: recordShareSchema },
    errors: [401, 404],
  }),
  accessLog: defineOperation({
    method: "get",
    path: "/users/{id}/access-log",
    summary: "Who read my health records and profile (`me` only), newest first",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    query: listAccessLogQuerySchema,
    response: { status: 200, schema: accessLogEntrySchema, list: true },
    errors: [401, 404],
  }),
};

import { defineOperation } from "@/lib/api/operation";
import { userIdParamsSchema } from "@/lib/users/schemas";
import { healthProfileSchema, updateHealthProfileSchema } from "./schemas";

/** The health profile operations: the declarations apiRoute serves and the document lists. */
export const healthProfileOperations = {
  get: defineOperation({
    method: "get",
    path: "/users/{id}/health-profile",
    summary: "Medical history, measurements (with BMI), ABHA link; admins' reads are audited",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    response: { status: 200, schema: healthProfileSchema },
    errors: [404],
  }),
  update: defineOperation({
    method: "put",
    path: "/users/{id}/health-profile",
    summary: "Update your health profile (fields given only; null clears)",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    body: updateHealthProfileSchema,
    response: { status: 200, schema: healthProfileSchema },
    errors: [404],
  }),
};

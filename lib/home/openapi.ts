import { defineOperation } from "@/lib/api/operation";
import { homeParamsSchema, patientHomeSchema } from "./schemas";

/** The patient home (#1) as one read, for apps that draw their own home screen. */
export const homeOperations = {
  get: defineOperation({
    method: "get",
    path: "/users/{id}/home",
    summary:
      "My home in one read: next two appointments, unread count and latest notifications, profile completeness, ABHA and onboarding state, newest record",
    tag: "Users",
    auth: "user",
    params: homeParamsSchema,
    response: { status: 200, schema: patientHomeSchema },
    errors: [404],
  }),
};

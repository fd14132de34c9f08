import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import {
  adminEmergencySchema,
  createEmergencyRequestSchema,
  createdEmergencyRequestSchema,
  emergencyIdParamsSchema,
  emergencyRequestSchema,
  emergencyTokenQuerySchema,
  listEmergenciesQuerySchema,
  updateEmergencyStatusSchema,
} from "./schemas";

const onlyAdmins = "Admins only: anyone else is 403 with no data.";

/** Emergency help (N1) and the admins' dashboard (X4): what apiRoute serves and OpenAPI lists. */
export const emergencyOperations = {
  create: defineOperation({
    method: "post",
    path: "/emergency-requests",
    summary: "Ask for emergency help (guests allowed); alerts the nearest hospitals. Call 108 too",
    description:
      "Alerts up to 5 verified facilities with emergency services within 25 km by real distance " +
      "from `latitude`/`longitude`, else from the centre of `city` or of a known city named in " +
      "`address` (none when neither is known). 201 with the request and `trackingToken`, shown " +
      "only this once: send it as `X-Tracking-Token` (or `?token=`) to follow the request. " +
      "Rate limited per client address and per phone (429).",
    tag: "Emergency",
    auth: "optional",
    body: createEmergencyRequestSchema,
    response: { status: 201, schema: createdEmergencyRequestSchema },
    errors: [400, 422, 429],
  }),
  get: defineOperation({
    method: "get",
    path: "/emergency-requests/{id}",
    summary: "An emergency request's status, for its requester or whoever holds its tracking token",
    description: "Anyone else gets 404, as for a request that does not exist.",
    tag: "Emergency",
    auth: "optional",
    params: emergencyIdParamsSchema,
    query: emergencyTokenQuerySchema,
    response: { status: 200, schema: emergencyRequestSchema },
    errors: [404],
  }),
  adminList: defineOperation({
    method: "get",
    path: "/admin/emergencies",
    summary: "Active emergency requests (oldest first) or the last 100 closed ones",
    description: onlyAdmins,
    tag: "Admin",
    auth: "admin",
    query: listEmergenciesQuerySchema,
    response: { status: 200, schema: z.array(adminEmergencySchema) },
    errors: [401, 403, 422],
  }),
  adminUpdateStatus: defineOperation({
    method: "put",
    path: "/admin/emergencies/{id}/status",
    summary:
      "Move an emergency one step: acknowledged, ambulance_dispatched, help_arrived, completed, or cancelled",
    description:
      `${onlyAdmins} Allowed: pending -> acknowledged -> ambulance_dispatched -> help_arrived -> ` +
      "completed; pending, acknowledged or ambulance_dispatched -> cancelled; anything else 409. " +
      "A signed-in requester is notified.",
    tag: "Admin",
    auth: "admin",
    params: emergencyIdParamsSchema,
    body: updateEmergencyStatusSchema,
    response: { status: 200, schema: adminEmergencySchema },
    errors: [401, 403, 404, 409, 422],
  }),
};

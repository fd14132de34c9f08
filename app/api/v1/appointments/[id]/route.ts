import { apiRoute, ok } from "@/lib/api/api-route";
import { readJsonBody } from "@/lib/api/read-json";
import { getAppointment } from "@/lib/appointments/queries";
import {
  appointmentIdParamsSchema,
  cancelAppointmentSchema,
  updateAppointmentSchema,
} from "@/lib/appointments/schemas";
import { cancelAppointment, updateAppointment } from "@/lib/appointments/service";
import { requestContextOf } from "@/lib/auth/request-context";
import { parseInput } from "@/lib/validation/parse-input";

export const GET = apiRoute(
  { auth: "user", params: appointmentIdParamsSchema },
  async ({ actor, params }) => ok(await getAppointment(actor, params.id)),
);

export const PUT = apiRoute(
  { auth: "user", params: appointmentIdParamsSchema, body: updateAppointmentSchema },
  async ({ actor, params, body }) => ok(await updateAppointment(actor, params.id, body)),
);

/** Cancels; the JSON body `{ reason }` is optional. 200 with the cancelled appointment. */
export const DELETE = apiRoute(
  { auth: "user", params: appointmentIdParamsSchema },
  async ({ actor, params, request }) => {
    const hasBody =
      request.headers.has("content-type") && request.headers.get("content-length") !== "0";
    const input = parseInput(cancelAppointmentSchema, hasBody ? await readJsonBody(request) : {});
    const { origin } = requestContextOf(request);
    return ok(await cancelAppointment(actor, params.id, input, { origin }));
  },
);

import { apiRoute } from "@/lib/api/api-route";
import { paymentOperations } from "@/lib/payments/openapi";
import { getAppointmentCancellation } from "@/lib/payments/queries";

export const GET = apiRoute(
  paymentOperations.appointmentCancellation,
  async ({ actor, params }) => ({
    body: { data: await getAppointmentCancellation(actor, params.id) },
    headers: { "cache-control": "private, no-store" },
  }),
);

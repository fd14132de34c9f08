import { apiRoute } from "@/lib/api/api-route";
import { getMeetingLink } from "@/lib/appointments/meeting";
import { appointmentIdParamsSchema } from "@/lib/appointments/schemas";

export const GET = apiRoute(
  { auth: "user", params: appointmentIdParamsSchema },
  async ({ actor, params }) => ({
    body: { data: await getMeetingLink(actor, params.id) },
    headers: { "cache-control": "private, no-store" },
  }),
);

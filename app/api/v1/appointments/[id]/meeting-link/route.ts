import { apiRoute } from "@/lib/api/api-route";
import { getMeetingLink } from "@/lib/appointments/meeting";
import { appointmentOperations } from "@/lib/appointments/openapi";

export const GET = apiRoute(appointmentOperations.meetingLink, async ({ actor, params }) => ({
  body: { data: await getMeetingLink(actor, params.id) },
  headers: { "cache-control": "private, no-store" },
}));

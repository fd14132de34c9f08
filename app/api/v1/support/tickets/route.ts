import { apiRoute, created } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { supportOperations } from "@/lib/support/openapi";
import { listMySupportTickets } from "@/lib/support/queries";
import { createSupportTicket } from "@/lib/support/service";

export const GET = apiRoute(supportOperations.list, async ({ actor }) => {
  const data = await listMySupportTickets(actor);
  return { body: { data, meta: { page: 1, pageSize: data.length, total: data.length } } };
});

/** Guests too: 201 with the ticket and its Location (readable by a signed-in owner). */
export const POST = apiRoute(supportOperations.create, async ({ actor, body, request }) => {
  const ticket = await createSupportTicket(actor, body, requestContextOf(request));
  return created(ticket, `/api/v1/support/tickets/${ticket.id}`);
});

import { apiRoute, ok } from "@/lib/api/api-route";
import { supportOperations } from "@/lib/support/openapi";
import { getMySupportTicket } from "@/lib/support/queries";

export const GET = apiRoute(supportOperations.get, async ({ actor, params }) =>
  ok(await getMySupportTicket(actor, params.id)),
);

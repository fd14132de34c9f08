import { apiRoute, ok } from "@/lib/api/api-route";
import { supportOperations } from "@/lib/support/openapi";
import { closeSupportTicket } from "@/lib/support/service";

export const POST = apiRoute(supportOperations.adminClose, async ({ actor, params }) =>
  ok(await closeSupportTicket(actor, params.id)),
);

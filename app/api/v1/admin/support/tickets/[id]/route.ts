import { apiRoute, ok } from "@/lib/api/api-route";
import { supportOperations } from "@/lib/support/openapi";
import { getSupportTicketForAdmin } from "@/lib/support/queries";

export const GET = apiRoute(supportOperations.adminGet, async ({ actor, params }) =>
  ok(await getSupportTicketForAdmin(actor, params.id)),
);

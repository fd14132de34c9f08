import { apiRoute } from "@/lib/api/api-route";
import { supportOperations } from "@/lib/support/openapi";
import { listSupportTicketsForAdmin } from "@/lib/support/queries";

export const GET = apiRoute(supportOperations.adminList, async ({ actor, query }) => ({
  body: await listSupportTicketsForAdmin(actor, query),
}));

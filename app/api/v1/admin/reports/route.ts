import { apiRoute } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { listReports } from "@/lib/moderation/queries";

export const GET = apiRoute(moderationOperations.listReports, async ({ actor, query }) => ({
  body: await listReports(actor, query),
}));

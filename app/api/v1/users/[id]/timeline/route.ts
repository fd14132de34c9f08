import { apiRoute } from "@/lib/api/api-route";
import { timelineOperations } from "@/lib/timeline/openapi";
import { listTimeline } from "@/lib/timeline/queries";

export const GET = apiRoute(timelineOperations.list, async ({ actor, params, query }) => ({
  body: await listTimeline(actor, params.id, query),
}));

import { apiRoute } from "@/lib/api/api-route";
import { forumOperations } from "@/lib/forum/openapi";
import { reportPost } from "@/lib/forum/service/reports";

export const POST = apiRoute(forumOperations.reportPost, async ({ actor, params, body }) => ({
  status: 201,
  body: { data: await reportPost(actor, params.id, body) },
}));

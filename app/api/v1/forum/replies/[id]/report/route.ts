import { apiRoute } from "@/lib/api/api-route";
import { forumOperations } from "@/lib/forum/openapi";
import { reportReply } from "@/lib/forum/service/reports";

export const POST = apiRoute(forumOperations.reportReply, async ({ actor, params, body }) => ({
  status: 201,
  body: { data: await reportReply(actor, params.id, body) },
}));

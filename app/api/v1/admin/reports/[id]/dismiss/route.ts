import { apiRoute, ok } from "@/lib/api/api-route";
import { moderationOperations } from "@/lib/moderation/openapi";
import { dismissReport } from "@/lib/moderation/service";

export const POST = apiRoute(moderationOperations.dismissReport, async ({ actor, params, body }) =>
  ok(await dismissReport(actor, params.id, body)),
);

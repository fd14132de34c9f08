import { apiRoute, ok } from "@/lib/api/api-route";
import { getHealthProfile } from "@/lib/health-profile/queries";
import { updateHealthProfileSchema } from "@/lib/health-profile/schemas";
import { updateHealthProfile } from "@/lib/health-profile/service";
import { userIdParamsSchema } from "@/lib/users/schemas";

export const GET = apiRoute(
  { auth: "user", params: userIdParamsSchema },
  async ({ actor, params }) => ok(await getHealthProfile(actor, params.id)),
);

export const PUT = apiRoute(
  { auth: "user", params: userIdParamsSchema, body: updateHealthProfileSchema },
  async ({ actor, params, body }) => ok(await updateHealthProfile(actor, params.id, body)),
);

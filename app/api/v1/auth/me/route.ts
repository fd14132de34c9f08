import { apiRoute, ok } from "@/lib/api/api-route";
import { authOperations } from "@/lib/auth/openapi";
import { getMe } from "@/lib/auth/queries";

export const GET = apiRoute(authOperations.me, async ({ actor }) => ok(await getMe(actor)));

import { apiRoute } from "@/lib/api/api-route";
import { authOperations } from "@/lib/auth/openapi";
import { logout } from "@/lib/auth/service/credentials";

export const POST = apiRoute(authOperations.logout, async ({ actor, body }) => {
  await logout(actor, body);
  return { status: 204 };
});

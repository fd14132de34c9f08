import { apiRoute, created } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { authOperations } from "@/lib/auth/openapi";
import { register } from "@/lib/auth/service/credentials";

export const POST = apiRoute(authOperations.register, async ({ body, request }) => {
  const pair = await register(body, requestContextOf(request));
  return created(pair, `/api/v1/users/${pair.user.id}`);
});

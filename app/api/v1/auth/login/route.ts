import { apiRoute, ok } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { authOperations } from "@/lib/auth/openapi";
import { login } from "@/lib/auth/service/credentials";

export const POST = apiRoute(authOperations.login, async ({ body, request }) =>
  ok(await login(body, requestContextOf(request))),
);

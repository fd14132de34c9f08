import { apiRoute, ok } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { authOperations } from "@/lib/auth/openapi";
import { refresh } from "@/lib/auth/service/credentials";

export const POST = apiRoute(authOperations.refresh, async ({ body, request }) =>
  ok(await refresh(body.refreshToken, requestContextOf(request))),
);

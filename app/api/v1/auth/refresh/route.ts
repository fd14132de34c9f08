import { apiRoute, ok } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { refreshSchema } from "@/lib/auth/schemas";
import { refresh } from "@/lib/auth/service/credentials";

export const POST = apiRoute({ auth: "none", body: refreshSchema }, async ({ body, request }) =>
  ok(await refresh(body.refreshToken, requestContextOf(request))),
);

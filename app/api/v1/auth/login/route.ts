import { apiRoute, ok } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { loginSchema } from "@/lib/auth/schemas";
import { login } from "@/lib/auth/service/credentials";

export const POST = apiRoute({ auth: "none", body: loginSchema }, async ({ body, request }) =>
  ok(await login(body, requestContextOf(request))),
);

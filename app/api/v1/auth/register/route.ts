import { apiRoute, created } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { authOperations } from "@/lib/auth/openapi";
import { localeOfRequest } from "@/lib/i18n/request-locale";
import { register } from "@/lib/auth/service/credentials";

export const POST = apiRoute(authOperations.register, async ({ body, request }) => {
  // Without a stated language the account speaks the one the request asked for.
  const locale = body.locale ?? localeOfRequest(request);
  const pair = await register({ ...body, locale }, requestContextOf(request));
  return created(pair, `/api/v1/users/${pair.user.id}`);
});

import { apiRoute } from "@/lib/api/api-route";
import { articleOperations } from "@/lib/articles/openapi";
import { listArticles } from "@/lib/articles/queries";
import { localeOfRequest } from "@/lib/i18n/request-locale";

export const GET = apiRoute(articleOperations.list, async ({ actor, query, request }) => ({
  body: await listArticles(actor, { ...query, locale: query.locale ?? localeOfRequest(request) }),
}));

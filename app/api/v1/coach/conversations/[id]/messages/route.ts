import { apiRoute } from "@/lib/api/api-route";
import { coachOperations } from "@/lib/coach/openapi";
import { postMessage } from "@/lib/coach/service";
import { replyBody, replyHeaders } from "@/lib/coach/stream";
import { localeOfRequest } from "@/lib/i18n/request-locale";

export const POST = apiRoute(
  coachOperations.postMessage,
  async ({ actor, params, body, request }) => {
    const reply = await postMessage(actor, params.id, body, { locale: localeOfRequest(request) });
    return new Response(replyBody(reply), { status: 200, headers: replyHeaders(reply) });
  },
);

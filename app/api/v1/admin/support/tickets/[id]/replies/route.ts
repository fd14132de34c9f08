import { apiRoute, created } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { supportOperations } from "@/lib/support/openapi";
import { answerSupportTicket } from "@/lib/support/service";

export const POST = apiRoute(
  supportOperations.adminReply,
  async ({ actor, params, body, request }) => {
    const { origin } = requestContextOf(request);
    const message = await answerSupportTicket(actor, params.id, body, { origin });
    return created(message, `/api/v1/admin/support/tickets/${params.id}`);
  },
);

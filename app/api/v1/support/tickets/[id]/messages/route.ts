import { apiRoute, created } from "@/lib/api/api-route";
import { supportOperations } from "@/lib/support/openapi";
import { listMySupportMessages } from "@/lib/support/queries";
import { replyToMySupportTicket } from "@/lib/support/service";

export const GET = apiRoute(supportOperations.listMessages, async ({ actor, params }) => {
  const data = await listMySupportMessages(actor, params.id);
  return { body: { data, meta: { page: 1, pageSize: data.length, total: data.length } } };
});

export const POST = apiRoute(supportOperations.reply, async ({ actor, params, body }) =>
  created(
    await replyToMySupportTicket(actor, params.id, body),
    `/api/v1/support/tickets/${params.id}/messages`,
  ),
);

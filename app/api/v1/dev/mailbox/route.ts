import { apiRoute } from "@/lib/api/api-route";
import { listDevMailbox } from "@/lib/email/dev-mailbox";
import { emailOperations } from "@/lib/email/openapi";

/** Development only: the mail the outbox holds for `?to=`, for this machine or an admin. */
export const GET = apiRoute(emailOperations.devMailbox, async ({ actor, request }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return {
    body: { data: await listDevMailbox(actor, query, request.headers) },
    headers: { "cache-control": "no-store" },
  };
});

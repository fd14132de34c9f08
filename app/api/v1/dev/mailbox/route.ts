import { apiRoute } from "@/lib/api/api-route";
import { assertDevMailboxEnabled, listMailbox } from "@/lib/email/outbox";
import { emailOperations } from "@/lib/email/openapi";
import { mailboxQuerySchema } from "@/lib/email/schemas";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * Development only: the mail the outbox holds for `?to=`, newest first. The mailbox check runs
 * before validation so a closed mailbox answers 404 to every request, like a route that is not there.
 */
export const GET = apiRoute(emailOperations.devMailbox, async ({ request }) => {
  assertDevMailboxEnabled();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { to } = parseInput(mailboxQuerySchema, query);
  return {
    body: { data: await listMailbox(to) },
    headers: { "cache-control": "no-store" },
  };
});

import { apiRoute } from "@/lib/api/api-route";
import { assertDevMailboxEnabled, listMailbox } from "@/lib/email/outbox";
import { emailOperations } from "@/lib/email/openapi";
import { mailboxQuerySchema } from "@/lib/email/schemas";
import { AppError, toFieldErrors } from "@/lib/errors";

/**
 * Development only: the mail the outbox holds for `?to=`, newest first. The mailbox check runs
 * before validation so a closed mailbox answers 404 to every request, like a route that is not there.
 */
export const GET = apiRoute(emailOperations.devMailbox, async ({ request }) => {
  assertDevMailboxEnabled();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = mailboxQuerySchema.safeParse(query);
  if (!parsed.success) {
    throw new AppError("validation_failed", "The query is invalid.", {
      errors: toFieldErrors(parsed.error.issues),
    });
  }
  return {
    body: { data: await listMailbox(parsed.data.to) },
    headers: { "cache-control": "no-store" },
  };
});

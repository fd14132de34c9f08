import { apiRoute } from "@/lib/api/api-route";
import { listDevMailbox } from "@/lib/email/dev-mailbox";
import { emailOperations } from "@/lib/email/openapi";
import { listDevSms } from "@/lib/sms/dev-mailbox";

/** Development only: the mail for `?to=`, or the SMS for `?phone=`, for this machine or an admin. */
export const GET = apiRoute(emailOperations.devMailbox, async ({ actor, request }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const data =
    "phone" in query
      ? await listDevSms(actor, { phone: query.phone }, request.headers)
      : await listDevMailbox(actor, query, request.headers);
  return { body: { data }, headers: { "cache-control": "no-store" } };
});

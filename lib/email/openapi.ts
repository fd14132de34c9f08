import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { mailboxMessageSchema } from "./schemas";

/** The development mailbox: declared like any operation, left out of the public document. */
export const emailOperations = {
  devMailbox: defineOperation({
    method: "get",
    path: "/dev/mailbox",
    summary: "The outbox's mail to `?to=`, newest first",
    tag: "Development",
    auth: "none",
    // The handler checks that the mailbox is open before it validates `to`, so a closed mailbox
    // answers 404 to every request, like a route that is not there.
    response: { status: 200, schema: z.array(mailboxMessageSchema) },
    errors: [404, 422],
    undocumented:
      "development only: 404 in production unless DEV_MAILBOX=1, not part of the public contract",
  }),
};

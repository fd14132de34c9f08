import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import { smsMessageSchema } from "@/lib/sms/schemas";
import { mailboxMessageSchema } from "./schemas";

/** The development mailbox: declared like any operation, left out of the public document. */
export const emailOperations = {
  devMailbox: defineOperation({
    method: "get",
    path: "/dev/mailbox",
    summary: "The outbox's mail to `?to=`, or its SMS to `?phone=`, newest first",
    tag: "Development",
    // Optional: a signed-in admin may read it from anywhere; anyone else only from this machine.
    auth: "optional",
    // The handler checks that the mailbox is open to this caller before it validates `to`, so a
    // closed mailbox answers 404 to every request, like a route that is not there.
    response: { status: 200, schema: z.array(z.union([mailboxMessageSchema, smsMessageSchema])) },
    errors: [401, 404, 422],
    undocumented:
      "development only: 404 unless open (development or DEV_MAILBOX=1) and asked from this machine or by an admin; not part of the public contract",
  }),
};

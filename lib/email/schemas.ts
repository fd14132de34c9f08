import { z } from "zod";

/** `GET /api/v1/dev/mailbox?to=<email>` and the `/dev/mailbox` page's form. */
export const mailboxQuerySchema = z.object({
  to: z.email({ error: "Enter an email address." }).max(320),
});

export type MailboxQuery = z.infer<typeof mailboxQuerySchema>;

/** One message in the dev mailbox. */
export const mailboxMessageSchema = z.object({
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});

export type MailboxMessage = z.infer<typeof mailboxMessageSchema>;

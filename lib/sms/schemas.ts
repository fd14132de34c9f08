import { z } from "zod";
import { normaliseIndianMobile } from "@/lib/validation/fields";

/** `GET /api/v1/dev/mailbox?phone=<mobile>` and the `/dev/mailbox` page's SMS form. */
export const smsMailboxQuerySchema = z.object({
  phone: z
    .string()
    .max(20)
    .transform((value, ctx) => {
      const phone = normaliseIndianMobile(value);
      if (!phone) {
        ctx.addIssue({ code: "custom", message: "Enter a 10-digit Indian mobile number." });
        return z.NEVER;
      }
      return phone;
    }),
});

/** One SMS the outbox adapter "sent". */
export const smsMessageSchema = z.object({
  to: z.string(),
  body: z.string(),
  template: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});

export type SmsMessageDto = z.infer<typeof smsMessageSchema>;

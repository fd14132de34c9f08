import { z } from "zod";
import { supportTicketStatuses } from "@/db/schema/support-tickets";
import { emailSchema } from "@/lib/auth/schemas";
import { paginationSchema } from "@/lib/api/pagination";
import { text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

export { supportTicketStatuses };
export type SupportTicketStatus = (typeof supportTicketStatuses)[number];

/** The number a person quotes: the first 8 hex digits of the ticket's id, upper-case ("#3F2A9C1B"). */
export function ticketNumberOf(uuid: string): string {
  return `#${uuid.replaceAll("-", "").slice(0, 8).toUpperCase()}`;
}

/**
 * "Send us a message" (#30). A guest must give an email to be answered at; a signed-in person is
 * answered in the app and at their account email, so any email they send is ignored.
 */
export const createSupportTicketSchema = z.object({
  subject: text(1, 200),
  message: text(1, 4000),
  email: emailSchema.optional().describe("required for guests; ignored when signed in"),
  locale: z.enum(["en", "hi"]).default("en").describe("the language answers are mailed in"),
});
export type CreateSupportTicketInput = z.input<typeof createSupportTicketSchema>;

/** A guest's message: the same, with the email required (every field's error reported at once). */
export const guestSupportTicketSchema = createSupportTicketSchema.extend({
  email: emailSchema.describe("where the answer is mailed"),
});

/** One message on a ticket after the first (a reply by its owner, or an answer by support). */
export const supportMessageInputSchema = z.object({ body: text(1, 4000) });
export type SupportMessageInput = z.input<typeof supportMessageInputSchema>;

export const supportTicketIdParamsSchema = z.object({ id: uuidSchema });

export const adminSupportTicketsQuerySchema = paginationSchema.extend({
  status: z.enum(supportTicketStatuses).default("open"),
});
export type AdminSupportTicketsQuery = z.infer<typeof adminSupportTicketsQuerySchema>;

/** A ticket as its owner (or support) sees it in a list. */
export const supportTicketSchema = z.object({
  id: z.uuid(),
  number: z.string().describe("what to quote to support, e.g. #3F2A9C1B"),
  subject: z.string(),
  status: z.enum(supportTicketStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SupportTicketDto = z.infer<typeof supportTicketSchema>;

/** One message of a conversation; the first is the ticket's own message (its id is the ticket's). */
export const supportMessageSchema = z.object({
  id: z.uuid(),
  fromStaff: z.boolean().describe("written by SwasthAI support"),
  body: z.string(),
  createdAt: z.string(),
});
export type SupportMessageDto = z.infer<typeof supportMessageSchema>;

export const supportTicketDetailSchema = supportTicketSchema.extend({
  messages: z.array(supportMessageSchema).describe("the conversation, oldest first"),
});
export type SupportTicketDetailDto = z.infer<typeof supportTicketDetailSchema>;

/** What support sees besides: who wrote (a guest has only an email) and in which language. */
export const adminSupportTicketSchema = supportTicketSchema.extend({
  requester: z.object({
    name: z.string().nullable().describe("null for a guest"),
    email: z.string().nullable().describe("the guest's email, or the account's"),
    guest: z.boolean(),
  }),
  locale: z.enum(["en", "hi"]),
});
export type AdminSupportTicketDto = z.infer<typeof adminSupportTicketSchema>;

export const adminSupportTicketDetailSchema = adminSupportTicketSchema.extend({
  messages: z.array(supportMessageSchema),
});
export type AdminSupportTicketDetailDto = z.infer<typeof adminSupportTicketDetailSchema>;

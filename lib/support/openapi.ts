import { defineOperation } from "@/lib/api/operation";
import {
  adminSupportTicketDetailSchema,
  adminSupportTicketSchema,
  adminSupportTicketsQuerySchema,
  createSupportTicketSchema,
  supportMessageInputSchema,
  supportMessageSchema,
  supportTicketDetailSchema,
  supportTicketIdParamsSchema,
  supportTicketSchema,
} from "./schemas";

const onlyAdmins = "Admins only: anyone else is 403 with no data.";
const mineOnly = "Someone else's ticket is 404, as for one that does not exist.";

/** Help & support (#30) and the admins' support desk: what apiRoute serves and OpenAPI lists. */
export const supportOperations = {
  create: defineOperation({
    method: "post",
    path: "/support/tickets",
    summary: "Send support a message (guests allowed): opens a ticket; 201 with its number",
    description:
      "A guest must give `email` (422 without it) and is answered by mail in `locale`; a signed-in " +
      "caller is answered in the app and at the account's email, and any `email` sent is ignored. " +
      "Rate limited per user, or for guests per client address and per email (429).",
    tag: "Support",
    auth: "optional",
    body: createSupportTicketSchema,
    response: { status: 201, schema: supportTicketSchema, description: "Opened (Location header)" },
    errors: [400, 422, 429],
  }),
  list: defineOperation({
    method: "get",
    path: "/support/tickets",
    summary: "My support tickets, the most recently active first (at most 100)",
    tag: "Support",
    auth: "user",
    response: { status: 200, schema: supportTicketSchema, list: true },
    errors: [],
  }),
  get: defineOperation({
    method: "get",
    path: "/support/tickets/{id}",
    summary: "One of my support tickets with its conversation",
    description: mineOnly,
    tag: "Support",
    auth: "user",
    params: supportTicketIdParamsSchema,
    response: { status: 200, schema: supportTicketDetailSchema },
    errors: [404],
  }),
  listMessages: defineOperation({
    method: "get",
    path: "/support/tickets/{id}/messages",
    summary: "The conversation on one of my tickets, oldest first (the first is my message)",
    description: mineOnly,
    tag: "Support",
    auth: "user",
    params: supportTicketIdParamsSchema,
    response: { status: 200, schema: supportMessageSchema, list: true },
    errors: [404],
  }),
  reply: defineOperation({
    method: "post",
    path: "/support/tickets/{id}/messages",
    summary: "Write again on one of my tickets; the ticket is open for support again",
    description: `${mineOnly} 30 replies an hour (429).`,
    tag: "Support",
    auth: "user",
    params: supportTicketIdParamsSchema,
    body: supportMessageInputSchema,
    response: { status: 201, schema: supportMessageSchema },
    errors: [404, 422, 429],
  }),
  adminList: defineOperation({
    method: "get",
    path: "/admin/support/tickets",
    summary: "Support tickets in one status (default open), the longest waiting first",
    description: onlyAdmins,
    tag: "Admin",
    auth: "admin",
    query: adminSupportTicketsQuerySchema,
    response: { status: 200, schema: adminSupportTicketSchema, list: true },
    errors: [422],
  }),
  adminGet: defineOperation({
    method: "get",
    path: "/admin/support/tickets/{id}",
    summary: "Any support ticket with its conversation and who wrote it",
    description: onlyAdmins,
    tag: "Admin",
    auth: "admin",
    params: supportTicketIdParamsSchema,
    response: { status: 200, schema: adminSupportTicketDetailSchema },
    errors: [404],
  }),
  adminReply: defineOperation({
    method: "post",
    path: "/admin/support/tickets/{id}/replies",
    summary: "Answer a ticket: it becomes answered, the answer is audited and the person is told",
    description:
      `${onlyAdmins} A signed-in requester gets a notification (and mail or push as their ` +
      "preferences allow); a guest gets a mail in the ticket's language.",
    tag: "Admin",
    auth: "admin",
    params: supportTicketIdParamsSchema,
    body: supportMessageInputSchema,
    response: { status: 201, schema: supportMessageSchema },
    errors: [404, 422],
  }),
  adminClose: defineOperation({
    method: "post",
    path: "/admin/support/tickets/{id}/close",
    summary: "Close a ticket; its owner's next reply opens it again",
    description: onlyAdmins,
    tag: "Admin",
    auth: "admin",
    params: supportTicketIdParamsSchema,
    response: { status: 200, schema: supportTicketSchema },
    errors: [404],
  }),
};

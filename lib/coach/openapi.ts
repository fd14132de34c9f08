import { defineOperation } from "@/lib/api/operation";
import {
  coachConversationSchema,
  coachConversationSummarySchema,
  conversationIdParamsSchema,
  createConversationSchema,
  postMessageSchema,
} from "./schemas";

/** The health coach: the declarations apiRoute serves and the OpenAPI document lists. */
export const coachOperations = {
  list: defineOperation({
    method: "get",
    path: "/coach/conversations",
    summary: "My health coach conversations, most recent first",
    tag: "Coach",
    auth: "user",
    response: { status: 200, schema: coachConversationSummarySchema, list: true },
    errors: [401],
  }),
  create: defineOperation({
    method: "post",
    path: "/coach/conversations",
    summary: "Start a conversation with the health coach (optionally titled by its first message)",
    description:
      "The first message, when given, only titles the conversation: send it to POST /coach/conversations/{id}/messages to get the answer.",
    tag: "Coach",
    auth: "user",
    body: createConversationSchema,
    bodyOptional: true,
    response: { status: 201, schema: coachConversationSummarySchema },
    errors: [401, 422],
  }),
  get: defineOperation({
    method: "get",
    path: "/coach/conversations/{id}",
    summary: "One of my conversations with its messages (assistant messages are Markdown)",
    tag: "Coach",
    auth: "user",
    params: conversationIdParamsSchema,
    response: { status: 200, schema: coachConversationSchema },
    errors: [401, 404],
  }),
  delete: defineOperation({
    method: "delete",
    path: "/coach/conversations/{id}",
    summary: "Delete one of my conversations and its messages",
    tag: "Coach",
    auth: "user",
    params: conversationIdParamsSchema,
    response: { status: 204 },
    errors: [401, 404],
  }),
  postMessage: defineOperation({
    method: "post",
    path: "/coach/conversations/{id}/messages",
    summary: "Send the coach a message; the answer streams back as plain text",
    description: [
      "The answer streams as `text/plain; charset=utf-8` chunks of Markdown, in the caller's language (NEXT_LOCALE cookie, else Accept-Language).",
      "Headers: `X-Coach-Message-Id` is the id the answer is stored under (GET the conversation once the stream ends); `X-Coach-Safety-Flag` is `emergency` (a red flag: the answer is the call-108 card), `dosing`, `prescription` or `diagnosis` (refused, see a doctor), or `none`.",
      "Checked before any model sees the message: red flags first, then dose, prescription and diagnosis requests. Rate limited per user (30 per 10 minutes).",
    ].join("\n\n"),
    tag: "Coach",
    auth: "user",
    params: conversationIdParamsSchema,
    body: postMessageSchema,
    response: {
      status: 200,
      contentType: "text/plain; charset=utf-8",
      description: "The answer's Markdown, streamed",
    },
    errors: [401, 404, 422, 429],
  }),
};

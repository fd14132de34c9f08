import { defineOperation } from "@/lib/api/operation";
import { userIdParamsSchema } from "@/lib/users/schemas";
import { timelineItemSchema, timelineQuerySchema } from "./schemas";

/** The medical timeline operation: the declaration apiRoute serves and the document lists. */
export const timelineOperations = {
  list: defineOperation({
    method: "get",
    path: "/users/{id}/timeline",
    summary:
      "Your medical history, newest first: appointments, records, prescriptions, lab reports, medicine orders and symptom checks",
    description:
      "Keyset-paged: pass the previous page's `nextCursor` as `cursor`. Filter with `types` (comma-separated kinds) and `year` (India time). Only the owner may read it; any other id is 404. A cursor not given out by this endpoint is 422.",
    tag: "Users",
    auth: "user",
    params: userIdParamsSchema,
    query: timelineQuerySchema,
    response: { status: 200, schema: timelineItemSchema, cursorList: true },
    errors: [404, 422],
  }),
};

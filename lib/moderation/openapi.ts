import { defineOperation } from "@/lib/api/operation";
import {
  dismissResultSchema,
  listReportsQuerySchema,
  moderationIdParamsSchema,
  moderationReasonInputSchema,
  moderationResultSchema,
  optionalReasonInputSchema,
  reportSchema,
} from "./schemas";

const tag = "Admin";
const onlyAdmins = "Admins only: anyone else is 403 with no data. An unknown id is 404.";
const told =
  "The author is notified (forum_moderated) and the action is recorded in the admin audit.";
const noOp = (what: string) => `409 when the ${what} (nothing to change).`;
const required =
  "`reason` is required (3 to 500 characters, 422 otherwise) and is told to the author.";

/** What every admin action on a post or reply by id shares. */
const action = (method: "post" | "delete", path: string, summary: string, details: string) => ({
  method,
  path,
  summary,
  description: `${onlyAdmins} ${details} ${told}`,
  tag,
  auth: "admin" as const,
  params: moderationIdParamsSchema,
  response: { status: 200, schema: moderationResultSchema },
  errors: [401, 403, 404, 409, 422],
});

/** The moderators' operations (X3): the reports queue and the admin forum actions. */
export const moderationOperations = {
  listReports: defineOperation({
    method: "get",
    path: "/admin/reports",
    summary:
      "Forum reports of one status (pending by default: the open ones, oldest first), each with its target, real author, reporter and the target's report counts",
    description: `${onlyAdmins} \`target\` is null once the content was deleted.`,
    tag,
    auth: "admin",
    query: listReportsQuerySchema,
    response: { status: 200, schema: reportSchema, list: true },
    errors: [401, 403, 422],
  }),
  dismissReport: defineOperation({
    method: "post",
    path: "/admin/reports/{id}/dismiss",
    summary:
      "Dismiss a report: nothing needs doing, so every open report on the same target is dismissed with it",
    description: `${onlyAdmins} An optional \`reason\` is kept on the reports and in the audit; the author is not told. 409 when the report is already settled.`,
    tag,
    auth: "admin",
    params: moderationIdParamsSchema,
    body: optionalReasonInputSchema,
    bodyOptional: true,
    response: { status: 200, schema: dismissResultSchema },
    errors: [401, 403, 404, 409, 422],
  }),
  hidePost: defineOperation({
    ...action(
      "post",
      "/admin/forum/posts/{id}/hide",
      "Hide a post from everyone but its author and admins; its open reports are resolved",
      `${required} ${noOp("post is already hidden")}`,
    ),
    body: moderationReasonInputSchema,
  }),
  unhidePost: defineOperation(
    action(
      "post",
      "/admin/forum/posts/{id}/unhide",
      "Show a hidden post again",
      noOp("post is not hidden"),
    ),
  ),
  lockPost: defineOperation({
    ...action(
      "post",
      "/admin/forum/posts/{id}/lock",
      "Lock a thread against new replies and edits; its open reports are resolved",
      `An optional \`reason\` is told to the author. ${noOp("thread is already locked")}`,
    ),
    body: optionalReasonInputSchema,
    bodyOptional: true,
  }),
  unlockPost: defineOperation(
    action(
      "post",
      "/admin/forum/posts/{id}/unlock",
      "Reopen a locked thread",
      noOp("thread is not locked"),
    ),
  ),
  pinPost: defineOperation(
    action(
      "post",
      "/admin/forum/posts/{id}/pin",
      "Pin a thread to the top of the forum",
      noOp("thread is already pinned"),
    ),
  ),
  unpinPost: defineOperation(
    action("post", "/admin/forum/posts/{id}/unpin", "Unpin a thread", noOp("thread is not pinned")),
  ),
  deletePost: defineOperation({
    ...action(
      "delete",
      "/admin/forum/posts/{id}",
      "Delete a post for good with its replies and votes; open reports on it and its replies are resolved",
      required,
    ),
    body: moderationReasonInputSchema,
  }),
  hideReply: defineOperation({
    ...action(
      "post",
      "/admin/forum/replies/{id}/hide",
      "Hide a reply from everyone but its author and admins; its open reports are resolved",
      `${required} ${noOp("reply is already hidden")}`,
    ),
    body: moderationReasonInputSchema,
  }),
  unhideReply: defineOperation(
    action(
      "post",
      "/admin/forum/replies/{id}/unhide",
      "Show a hidden reply again",
      noOp("reply is not hidden"),
    ),
  ),
  deleteReply: defineOperation({
    ...action(
      "delete",
      "/admin/forum/replies/{id}",
      "Delete a reply for good (the thread's reply count drops by one); its open reports are resolved",
      required,
    ),
    body: moderationReasonInputSchema,
  }),
};

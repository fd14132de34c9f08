"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import type { Actor } from "@/lib/auth/actor";
import {
  moderationReasonInputSchema,
  optionalReasonInputSchema,
  reportStatusValues,
} from "@/lib/moderation/schemas";
import {
  deleteForumPost,
  deleteForumReply,
  dismissReport,
  hideForumPost,
  hideForumReply,
  lockForumPost,
  pinForumPost,
  unhideForumPost,
  unhideForumReply,
  unlockForumPost,
  unpinForumPost,
} from "@/lib/moderation/service";
import { parseInput } from "@/lib/validation/parse-input";

// Public endpoints: each reads its form and lets lib/moderation decide (admins only, 403
// otherwise). Success goes back to the queue tab the form came from with `done=` (post/redirect/
// get, with or without JavaScript); the settled target leaves the open tab, so the outcome is
// said at the top of the page.

type Done =
  "hidden" | "unhidden" | "deleted" | "locked" | "unlocked" | "pinned" | "unpinned" | "dismissed";

async function run(
  form: FormData,
  done: Done,
  work: (actor: Actor, id: string, reason: string) => Promise<unknown>,
): Promise<ActionResult> {
  const reason = formText(form, "reason");
  const values = reason ? { reason } : undefined;
  try {
    await work(await actorOrThrow(), formText(form, "id"), reason);
  } catch (error) {
    return failure(error, await errorTextFor("AdminModeration.errors"), values);
  }
  const raw = formText(form, "status");
  const status = reportStatusValues.find((s) => s === raw) ?? "pending";
  revalidatePath("/admin", "layout");
  redirect(
    `/admin/moderation?${new URLSearchParams({ ...(status === "pending" ? {} : { status }), done })}`,
  );
}

const required = (reason: string) => parseInput(moderationReasonInputSchema, { reason });
const optional = (reason: string) =>
  parseInput(optionalReasonInputSchema, reason ? { reason } : {});

/** Hide a post, with the reason its author reads. */
export async function hidePostAction(_prev: ActionState, form: FormData) {
  return run(form, "hidden", (a, id, r) => hideForumPost(a, id, required(r)));
}

/** Show a hidden post again. */
export async function unhidePostAction(_prev: ActionState, form: FormData) {
  return run(form, "unhidden", (a, id) => unhideForumPost(a, id));
}

/** Lock a thread, with an optional reason. */
export async function lockPostAction(_prev: ActionState, form: FormData) {
  return run(form, "locked", (a, id, r) => lockForumPost(a, id, optional(r)));
}

/** Reopen a locked thread. */
export async function unlockPostAction(_prev: ActionState, form: FormData) {
  return run(form, "unlocked", (a, id) => unlockForumPost(a, id));
}

/** Pin a thread. */
export async function pinPostAction(_prev: ActionState, form: FormData) {
  return run(form, "pinned", (a, id) => pinForumPost(a, id));
}

/** Unpin a thread. */
export async function unpinPostAction(_prev: ActionState, form: FormData) {
  return run(form, "unpinned", (a, id) => unpinForumPost(a, id));
}

/** Delete a post and its replies for good, with the reason its author reads. */
export async function deletePostAction(_prev: ActionState, form: FormData) {
  return run(form, "deleted", (a, id, r) => deleteForumPost(a, id, required(r)));
}

/** Hide a reply, with the reason its author reads. */
export async function hideReplyAction(_prev: ActionState, form: FormData) {
  return run(form, "hidden", (a, id, r) => hideForumReply(a, id, required(r)));
}

/** Show a hidden reply again. */
export async function unhideReplyAction(_prev: ActionState, form: FormData) {
  return run(form, "unhidden", (a, id) => unhideForumReply(a, id));
}

/** Delete a reply for good, with the reason its author reads. */
export async function deleteReplyAction(_prev: ActionState, form: FormData) {
  return run(form, "deleted", (a, id, r) => deleteForumReply(a, id, required(r)));
}

/** Dismiss the open reports on a target (the form posts one of them). */
export async function dismissReportAction(_prev: ActionState, form: FormData) {
  return run(form, "dismissed", (a, id, r) => dismissReport(a, id, optional(r)));
}

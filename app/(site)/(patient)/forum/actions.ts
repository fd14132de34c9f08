"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formOptionalText, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { isAppError } from "@/lib/errors";
import { createPost, deletePost, updatePost } from "@/lib/forum/service/posts";
import { createReply, deleteReply, toggleHelpful, updateReply } from "@/lib/forum/service/replies";
import { reportPost, reportReply } from "@/lib/forum/service/reports";
import { togglePostVote, toggleReplyVote } from "@/lib/forum/service/votes";
import { forumReturnPath, threadPath } from "@/components/forum/forum-href";

const lockedDetail = /locked/i;

/** Forum wording for errors; a lock has its own line, a reply's body its own hint. */
const errorText = (form: "post" | "reply" = "post") =>
  errorTextFor("Forum.errors", (key, t) => {
    if (key.code === "conflict" && key.detail && lockedDetail.test(key.detail)) return t("locked");
    if (form === "reply" && key.path === "content") return t("replyFields.content");
    return undefined;
  });

const postValues = (form: FormData) => ({
  title: formText(form, "title"),
  content: formText(form, "content"),
  category: formText(form, "category"),
  anonymous: form.get("anonymous") === "on" ? "on" : "",
});

/** Publishes a new thread -> its page. */
export async function createPostAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  let id: string;
  try {
    const values = postValues(form);
    const post = await createPost(await actorOrThrow(), {
      title: values.title,
      content: values.content,
      category: values.category as never,
      anonymous: values.anonymous === "on",
    });
    id = post.id;
  } catch (error) {
    return failure(error, await errorText(), postValues(form));
  }
  revalidatePath("/forum");
  redirect(`${threadPath(id)}?notice=posted`);
}

/** Saves my edited post (id bound) -> its page. */
export async function updatePostAction(
  id: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    await updatePost(await actorOrThrow(), id, {
      title: formText(form, "title"),
      content: formText(form, "content"),
    });
  } catch (error) {
    return failure(error, await errorText(), postValues(form));
  }
  revalidatePath(threadPath(id));
  redirect(`${threadPath(id)}?notice=edited`);
}

/** Posts a reply to a thread (id bound) -> the thread at the new reply. */
export async function createReplyAction(
  postId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  let replyId: string;
  try {
    const reply = await createReply(await actorOrThrow(), postId, {
      content: formText(form, "content"),
      anonymous: form.get("anonymous") === "on",
    });
    replyId = reply.id;
  } catch (error) {
    return failure(error, await errorText("reply"), { content: formText(form, "content") });
  }
  revalidatePath(threadPath(postId));
  redirect(`${threadPath(postId)}?notice=replied#reply-${replyId}`);
}

/** Saves my edited reply (ids bound) -> the thread at that reply. */
export async function updateReplyAction(
  replyId: string,
  postId: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    await updateReply(await actorOrThrow(), replyId, { content: formText(form, "content") });
  } catch (error) {
    return failure(error, await errorText("reply"), { content: formText(form, "content") });
  }
  revalidatePath(threadPath(postId));
  redirect(`${threadPath(postId)}?notice=edited#reply-${replyId}`);
}

/** Reports a post or a reply (target bound) -> the thread with a thank-you. */
export async function reportAction(
  target: { type: "post" | "reply"; id: string; postId: string },
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const input = {
    reason: formText(form, "reason") as never,
    details: formOptionalText(form, "details"),
  };
  try {
    const actor = await actorOrThrow();
    if (target.type === "post") await reportPost(actor, target.id, input);
    else await reportReply(actor, target.id, input);
  } catch (error) {
    return failure(error, await errorText(), {
      reason: formText(form, "reason"),
      details: formText(form, "details"),
    });
  }
  redirect(`${threadPath(target.postId)}?notice=reported`);
}

/**
 * The one-button actions (vote, helpful, delete): a plain form post that redirects back to
 * `returnTo` (a forum path), with `?error=<code>` when it failed and to sign-in when signed out.
 */
async function buttonAction(form: FormData, run: () => Promise<string | void>): Promise<never> {
  const back = forumReturnPath(formText(form, "returnTo"));
  let to: string;
  try {
    to = (await run()) ?? back;
  } catch (error) {
    if (isAppError(error) && error.code === "unauthenticated") {
      redirect(`/login?callbackUrl=${encodeURIComponent(back)}`);
    }
    const code = isAppError(error) ? error.code : "internal";
    const [path, hash] = back.split("#");
    const sep = path!.includes("?") ? "&" : "?";
    to = `${path}${sep}error=${code}${hash ? `#${hash}` : ""}`;
  }
  revalidatePath("/forum", "layout");
  redirect(to);
}

export async function togglePostVoteAction(form: FormData): Promise<void> {
  await buttonAction(form, async () => {
    await togglePostVote(await actorOrThrow(), formText(form, "id"));
  });
}

export async function toggleReplyVoteAction(form: FormData): Promise<void> {
  await buttonAction(form, async () => {
    await toggleReplyVote(await actorOrThrow(), formText(form, "id"));
  });
}

export async function toggleHelpfulAction(form: FormData): Promise<void> {
  await buttonAction(form, async () => {
    await toggleHelpful(await actorOrThrow(), formText(form, "id"));
  });
}

export async function deletePostAction(form: FormData): Promise<void> {
  await buttonAction(form, async () => {
    await deletePost(await actorOrThrow(), formText(form, "id"), {
      reason: formText(form, "reason") || null,
    });
    return "/forum?notice=deleted";
  });
}

export async function deleteReplyAction(form: FormData): Promise<void> {
  await buttonAction(form, async () => {
    await deleteReply(await actorOrThrow(), formText(form, "id"), {
      reason: formText(form, "reason") || null,
    });
    return `${threadPath(formText(form, "postId"))}?notice=replyDeleted`;
  });
}

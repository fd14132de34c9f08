"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { articlesReturnPath, type ArticleNotice } from "@/components/articles/return-path";
import { withQuery } from "@/components/pharmacy/return-path";
import { formText } from "@/lib/actions/form-data";
import {
  deleteArticleComment,
  postArticleComment,
  saveArticle,
  unsaveArticle,
} from "@/lib/articles/service";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";

// Public endpoints: each reads its form and lets lib/articles decide, then goes back to the page
// the form came from with a `?notice=` (post/redirect/get, so it all works without JavaScript).

function noticeOf(error: unknown): ArticleNotice {
  if (isAppError(error)) {
    if (error.code === "rate_limited") return "rate_limited";
    if (error.code === "validation_failed") return "invalid";
  } else logger.error({ err: error }, "article action failed");
  return "failed";
}

async function change(
  back: string,
  run: (actor: Actor) => Promise<unknown>,
  done: ArticleNotice,
  hash = "",
): Promise<never> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(back)}`);
  let notice = done;
  try {
    await run(actor);
  } catch (error) {
    notice = noticeOf(error);
  }
  revalidatePath("/articles", "layout");
  redirect(`${withQuery(back, "notice", notice)}${hash}`);
}

/** Saves or unsaves one article (`intent` "save" or "unsave"). */
export async function toggleSavedAction(form: FormData): Promise<void> {
  const slug = formText(form, "slug");
  const save = formText(form, "intent") === "save";
  await change(
    withQuery(articlesReturnPath(formText(form, "returnTo")), "notice", null),
    (actor) => (save ? saveArticle(actor, slug) : unsaveArticle(actor, slug)),
    save ? "saved" : "unsaved",
  );
}

/** Posts a comment under an article; the page then shows it (or why not) at the comments. */
export async function postCommentAction(form: FormData): Promise<void> {
  const slug = formText(form, "slug");
  await change(
    `/articles/${encodeURIComponent(slug)}`,
    (actor) => postArticleComment(actor, slug, { body: formText(form, "body") }),
    "posted",
    "#comments",
  );
}

/** Deletes one of my comments. */
export async function deleteCommentAction(form: FormData): Promise<void> {
  const slug = formText(form, "slug");
  await change(
    `/articles/${encodeURIComponent(slug)}`,
    (actor) => deleteArticleComment(actor, slug, formText(form, "id")),
    "deleted",
    "#comments",
  );
}

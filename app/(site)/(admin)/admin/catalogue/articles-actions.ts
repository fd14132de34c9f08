"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { articleFormValuesOf } from "@/components/articles/admin-form-values";
import { actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { createArticle, updateArticle } from "@/lib/articles/admin";
import { createArticleSchema } from "@/lib/articles/schemas";
import { parseInput } from "@/lib/validation/parse-input";
import { articleFormInput, articleFormValues } from "./articles-form";

// Public endpoints: each reads its form and lets lib/articles decide (admins only, 403
// otherwise), with the same schemas as /api/v1/admin/articles.

const articleErrors = () => errorTextFor("AdminCatalogue.articles.errors");

function goTo(id: string, done: string): never {
  revalidatePath("/admin/catalogue", "layout");
  revalidatePath("/articles", "layout");
  redirect(`/admin/catalogue/articles/${id}/edit?done=${done}`);
}

/** Write an article; on success its edit page says so. */
export async function createArticleAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = articleFormValues(form);
  let id: string;
  try {
    const actor = await actorOrThrow();
    const input = parseInput(createArticleSchema, articleFormInput(form, "create"));
    id = (await createArticle(actor, input)).id;
  } catch (error) {
    return failure(error, await articleErrors(), values);
  }
  goTo(id, "created");
}

/** Save an article's edit form; the answer holds the saved values. */
export async function updateArticleAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = articleFormValues(form);
  try {
    const saved = await updateArticle(
      await actorOrThrow(),
      formText(form, "id"),
      articleFormInput(form, "edit"),
    );
    revalidatePath("/admin/catalogue", "layout");
    revalidatePath("/articles", "layout");
    return { ok: true, values: articleFormValuesOf(saved) };
  } catch (error) {
    return failure(error, await articleErrors(), values);
  }
}

/** Publish an article or make it a draft again (`isActive` "true" or "false", the toggle's). */
export async function setArticlePublishedAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const id = formText(form, "id");
  const published = formText(form, "isActive") === "true";
  try {
    await updateArticle(await actorOrThrow(), id, { published });
  } catch (error) {
    return failure(error, await articleErrors());
  }
  goTo(id, published ? "published" : "hidden");
}

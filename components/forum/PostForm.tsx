"use client";

import Link from "next/link";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { Field, FieldError } from "@/components/ui/Field";
import { Input, Textarea } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { forumCategories, isSensitiveCategory, type ForumCategory } from "@/lib/forum/schemas";

export interface PostFormCopy {
  category: string;
  categories: Record<ForumCategory, string>;
  titleLabel: string;
  titleHint: string;
  content: string;
  contentHint: string;
  anonymous: string;
  anonymousHint: string;
  respect: string;
  submit: string;
  pending: string;
  cancel: string;
}

/**
 * A new post (category grid, title, details, "post anonymously" for sensitive categories) or an
 * edit of one (`initial`: title and details only). The anonymous box appears through CSS when a
 * sensitive category is checked, so it works without JavaScript; the server checks it anyway.
 */
export function PostForm({
  action,
  copy,
  initial,
  cancelHref,
}: {
  action: FormAction;
  copy: PostFormCopy;
  initial?: { title: string; content: string };
  cancelHref: string;
}) {
  const { state, pending, formProps } = useActionForm(action);
  const values = state?.values ?? {};
  const errors = state?.fieldErrors ?? {};
  const editing = initial !== undefined;
  return (
    <form {...formProps} noValidate className="group space-y-5">
      <FormAlert state={state} focusOnMount />
      {editing ? null : (
        <fieldset aria-describedby={errors.category ? "post-category-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{copy.category}</legend>
          <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
            {forumCategories.map((c) => (
              <label
                key={c}
                className="flex min-h-11 cursor-pointer items-center gap-3 rounded-xl border border-slate-300 bg-white p-3 text-sm text-slate-800 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600"
              >
                <input
                  type="radio"
                  name="category"
                  value={c}
                  required
                  data-sensitive={isSensitiveCategory(c) ? "" : undefined}
                  defaultChecked={values.category === c}
                  className="size-4"
                />
                {copy.categories[c]}
              </label>
            ))}
          </div>
          <FieldError id="post-category" message={errors.category} />
        </fieldset>
      )}
      <Field id="post-title" label={copy.titleLabel} hint={copy.titleHint} error={errors.title}>
        {(control) => (
          <Input
            {...control}
            name="title"
            required
            minLength={5}
            maxLength={150}
            defaultValue={values.title ?? initial?.title ?? ""}
          />
        )}
      </Field>
      <Field id="post-content" label={copy.content} hint={copy.contentHint} error={errors.content}>
        {(control) => (
          <Textarea
            {...control}
            name="content"
            rows={8}
            required
            minLength={10}
            maxLength={10_000}
            defaultValue={values.content ?? initial?.content ?? ""}
          />
        )}
      </Field>
      {editing ? null : (
        <div
          className={`rounded-xl border border-slate-200 bg-slate-50 p-3 ${
            errors.anonymous || values.anonymous === "on"
              ? "block"
              : "hidden group-has-[[data-sensitive]:checked]:block"
          }`}
        >
          <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
            <input
              type="checkbox"
              name="anonymous"
              defaultChecked={values.anonymous === "on"}
              aria-describedby="post-anonymous-hint"
              className="size-4"
            />
            {copy.anonymous}
          </label>
          <p id="post-anonymous-hint" className="mt-1 text-sm text-slate-600">
            {copy.anonymousHint}
          </p>
          <FieldError id="post-anonymous" message={errors.anonymous} />
        </div>
      )}
      <p className="text-sm text-slate-700">{copy.respect}</p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingText={copy.pending}>
          {copy.submit}
        </SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          {copy.cancel}
        </Link>
      </div>
    </form>
  );
}

"use client";

import { CheckboxField } from "@/components/catalogue/CheckboxField";
import { FormSection } from "@/components/catalogue/FormSection";
import { FormAlert } from "@/components/ui/Alert";
import { Field, SelectField, TextField } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import type { SelectOption } from "@/components/ui/Select";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";

type ArticleFormCopy = Copy<"AdminCatalogue">["articleForm"];

/**
 * The article editor (X5): writing one, or editing one (`id` set; publishing is the toggle
 * beside it then). The option lists come translated from the page.
 */
export function ArticleForm({
  action,
  initial,
  id,
  options,
  copy: t,
}: {
  action: FormAction;
  initial: Record<string, string>;
  id?: string;
  options: {
    locales: SelectOption[];
    categories: SelectOption[];
    specialties: SelectOption[];
    translations: SelectOption[];
  };
  copy: ArticleFormCopy;
}) {
  const { state, pending, formProps } = useActionForm(action);
  const err = state?.fieldErrors ?? {};
  const v = state?.values ?? initial;
  const text = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      id={name}
      name={name}
      label={label}
      defaultValue={v[name] ?? ""}
      error={err[name]}
      {...extra}
    />
  );
  const select = (name: string, label: string, opts: SelectOption[], hint?: string) => (
    <SelectField
      id={name}
      name={name}
      label={label}
      hint={hint}
      defaultValue={v[name] ?? ""}
      error={err[name]}
      options={opts}
    />
  );
  const area = (name: string, label: string, rows: number, maxLength: number, hint?: string) => (
    <Field id={name} label={label} hint={hint} error={err[name]} className="sm:col-span-2">
      {(control) => (
        <Textarea
          {...control}
          name={name}
          rows={rows}
          maxLength={maxLength}
          defaultValue={v[name] ?? ""}
        />
      )}
    </Field>
  );
  const box = (name: string, label: string) => (
    <CheckboxField
      id={name}
      name={name}
      label={label}
      defaultChecked={v[name] === "on"}
      error={err[name]}
    />
  );

  return (
    <form {...formProps} noValidate className="space-y-6">
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <FormAlert state={state} success={t.saved} />
      <FormSection id="about" title={t.aboutHeading}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("title", t.title, { required: true, maxLength: 200, className: "sm:col-span-2" })}
          {text("slug", t.slug, { hint: t.slugHint, required: true, maxLength: 120 })}
          {select("locale", t.locale, options.locales)}
          {select(
            "translationOf",
            t.translationOf,
            [{ value: "", label: t.translationNone }, ...options.translations],
            t.translationHint,
          )}
          {select("category", t.category, options.categories)}
          {area("excerpt", t.excerpt, 2, 500, t.excerptHint)}
          {area("body", t.body, 16, 50_000, t.bodyHint)}
          {text("tags", t.tags, { hint: t.tagsHint, maxLength: 500, className: "sm:col-span-2" })}
        </div>
      </FormSection>
      <FormSection id="people" title={t.peopleHeading}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text("authorName", t.authorName, { maxLength: 120 })}
          {text("authorCredentials", t.authorCredentials, { maxLength: 120 })}
          {text("reviewerName", t.reviewerName, { maxLength: 120 })}
          {text("reviewerCredentials", t.reviewerCredentials, { maxLength: 120 })}
          {text("reviewedAt", t.reviewedAt, { type: "date" })}
        </div>
      </FormSection>
      <FormSection id="more" title={t.moreHeading}>
        <div className="grid gap-4 sm:grid-cols-2">
          {area("sources", t.sources, 4, 5000, t.sourcesHint)}
          {select("specialty", t.specialty, [
            { value: "", label: t.specialtyNone },
            ...options.specialties,
          ])}
          {text("coverImageUrl", t.coverImageUrl, { hint: t.coverImageHint, maxLength: 300 })}
        </div>
        {box("isFeatured", t.isFeatured)}
      </FormSection>
      {id ? null : box("published", t.published)}
      <SubmitButton pending={pending} pendingText={id ? t.saving : t.creating}>
        {id ? t.save : t.create}
      </SubmitButton>
    </form>
  );
}

import "server-only";
import { articleBoxes, articleTextFields } from "@/components/articles/admin-form-values";
import { formText } from "@/lib/actions/form-data";
import { parseSourceLines } from "@/lib/articles/policy";

/** The article form as typed, handed back after a failure. */
export function articleFormValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = Object.fromEntries(
    articleTextFields.map((name) => [name, formText(form, name)]),
  );
  for (const name of articleBoxes) values[name] = form.has(name) ? "on" : "";
  return values;
}

/**
 * The article form as createArticle / updateArticle take it: tags split at commas, sources one
 * per line ("Title | https://..."), empty choices as null. `published` is sent on create only;
 * an edit publishes through the toggle.
 */
export function articleFormInput(form: FormData, mode: "create" | "edit"): Record<string, unknown> {
  const v = articleFormValues(form);
  const input: Record<string, unknown> = {
    slug: v.slug,
    locale: v.locale,
    translationOf: v.translationOf || null,
    title: v.title,
    excerpt: v.excerpt,
    body: v.body,
    category: v.category,
    tags: (v.tags ?? "")
      .split(",")
      .map((tag) => tag.trim())
      .filter(Boolean),
    authorName: v.authorName,
    authorCredentials: v.authorCredentials,
    reviewerName: v.reviewerName,
    reviewerCredentials: v.reviewerCredentials,
    reviewedAt: v.reviewedAt || null,
    sources: parseSourceLines(v.sources ?? ""),
    specialty: v.specialty || null,
    coverImageUrl: v.coverImageUrl,
    isFeatured: v.isFeatured === "on",
  };
  if (mode === "create") input.published = v.published === "on";
  return input;
}

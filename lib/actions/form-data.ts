/**
 * Reading form posts in server actions. One rule for text: trimmed, and "" when the field is
 * missing or is a file, so a blank field and an absent one read alike. Passwords are the one
 * exception (`formSecret`): they are taken verbatim, as the API takes them.
 */

/** A text field, trimmed; "" when missing or a file. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** A text field, trimmed; undefined when blank, so optional inputs stay out of the input object. */
export function formOptionalText(form: FormData, name: string): string | undefined {
  return formText(form, name) || undefined;
}

/** A password exactly as typed (spaces are part of it); "" when missing. */
export function formSecret(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Every value of a repeated field (chips, checkboxes), trimmed, blanks dropped. */
export function formList(form: FormData, name: string): string[] {
  return form
    .getAll(name)
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.trim())
    .filter(Boolean);
}

/**
 * A number field: blank -> null (clears), a number (a decimal comma allowed) -> that number,
 * anything else passes through as text for the schema to refuse with its own message.
 */
export function formNumber(form: FormData, name: string): number | null | string {
  const value = formText(form, name);
  if (value === "") return null;
  const n = Number(value.replace(",", "."));
  return Number.isFinite(n) ? n : value;
}

/**
 * The named text fields the form actually sent (trimmed): for partial updates, where a field the
 * form does not show must be left alone rather than cleared.
 */
export function presentFields<K extends string>(
  form: FormData,
  names: readonly K[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const name of names) if (form.has(name)) out[name] = formText(form, name);
  return out;
}

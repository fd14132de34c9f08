import "server-only";
import { getTranslations } from "next-intl/server";
import type { ErrorCode } from "@/lib/errors";
import { hiddenCharactersMessage } from "@/lib/validation/hidden-characters";
import type { ErrorText } from "./failure";

type LooseT = { (key: string): string; has(key: string): boolean };

/** A special wording for some errors of one form; undefined falls back to the namespace's rule. */
export type ErrorTextOverride = (
  key: { code: ErrorCode; path?: string; detail?: string },
  t: LooseT,
) => string | undefined;

/**
 * The ErrorText of a message namespace laid out as `<ns>.conflicts.<field>` (a 409 on a field),
 * `<ns>.fields.<field>` (a field's hint) and `<ns>.codes.<code>` (the summary line; `internal`
 * for a code without its own text), in the user's language.
 */
export async function errorTextFor(
  namespace: string,
  override?: ErrorTextOverride,
): Promise<ErrorText> {
  // Namespaces are chosen at run time here, so the typed keys of next-intl cannot be checked.
  const t = (await getTranslations(namespace as never)) as unknown as LooseT;
  const hidden = await hiddenCharactersText();
  return (key) => {
    const special = override?.(key, t);
    if (special !== undefined) return special;
    if (key.path && key.detail === hiddenCharactersMessage) return hidden;
    const { code, path } = key;
    if (path && code === "conflict" && t.has(`conflicts.${path}`)) return t(`conflicts.${path}`);
    if (path && t.has(`fields.${path}`)) return t(`fields.${path}`);
    return t.has(`codes.${code}`) ? t(`codes.${code}`) : t("codes.internal");
  };
}

/**
 * The one field message for a name or text holding invisible or direction characters, whatever
 * the form: its generic hint ("1-100 characters") would not tell the user what is wrong.
 */
export async function hiddenCharactersText(): Promise<string> {
  return (await getTranslations("Validation"))("hiddenCharacters");
}

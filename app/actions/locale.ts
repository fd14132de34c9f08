"use server";

import { applyLocale } from "@/lib/actions/apply-locale";
import { getActor } from "@/lib/auth/session";

/**
 * The header's language switcher: the `NEXT_LOCALE` cookie for everyone and, when signed in, the
 * account's language too (so it is applied at the next sign-in on any device). Works as a plain
 * form post without JavaScript. An invalid value changes nothing.
 * Setting a cookie in an action already re-renders the page and clears the browser's router cache;
 * no revalidatePath here, which would drop every visitor's cached pages (the "/" layout tag is on
 * all of them) whenever one visitor changes language.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  await applyLocale(await getActor(), formData.get("locale"));
}

"use server";

import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { applyLocale } from "@/lib/actions/apply-locale";

/**
 * Saves the chosen language and reloads the page in it (a plain form post: works without JavaScript).
 * The redirect renders the next page in the new cookie's language; no revalidatePath, which would
 * drop every visitor's cached public pages.
 */
export async function saveLanguageAction(form: FormData): Promise<void> {
  const actor = await requireActor("/settings/language");
  const locale = await applyLocale(actor, form.get("locale"));
  redirect(locale ? "/settings/language?saved=1" : "/settings/language?invalid=1");
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { applyLocale } from "./apply-locale";

/** Saves the chosen language and reloads the page in it (a plain form post: works without JavaScript). */
export async function saveLanguageAction(form: FormData): Promise<void> {
  const actor = await requireActor("/settings/language");
  const locale = await applyLocale(actor, form.get("locale"));
  revalidatePath("/", "layout");
  redirect(locale ? "/settings/language?saved=1" : "/settings/language?invalid=1");
}

"use server";

import { revalidatePath } from "next/cache";
import { applyLocale } from "@/lib/actions/apply-locale";
import { getActor } from "@/lib/auth/session";

/**
 * The header's language switcher: the `NEXT_LOCALE` cookie for everyone and, when signed in, the
 * account's language too (so it is applied at the next sign-in on any device). Works as a plain
 * form post without JavaScript. An invalid value changes nothing.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  await applyLocale(await getActor(), formData.get("locale"));
  revalidatePath("/", "layout");
}

"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { localeCookieMaxAge, localeCookieName, locales } from "@/lib/i18n/config";

const setLocaleSchema = z.object({ locale: z.enum(locales) });

/**
 * Stores the interface language in the `NEXT_LOCALE` cookie and re-renders the current page.
 * Setting a cookie in an action already re-renders the page and clears the browser's router cache;
 * no revalidatePath here, which would drop every visitor's cached pages (the "/" layout tag is on
 * all of them) whenever one visitor changes language. Works as a plain form post without JavaScript. Anyone may call it: it only sets a preference
 * cookie on the caller's own browser. An invalid value is ignored.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  const cookieStore = await cookies();
  cookieStore.set(localeCookieName, parsed.data.locale, {
    maxAge: localeCookieMaxAge,
    sameSite: "lax",
    path: "/",
    httpOnly: true,
  });
}

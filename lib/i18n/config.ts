/**
 * Locale configuration. Isomorphic (no server imports): used by the request config, the locale
 * action, the language switcher and, later, the language settings page.
 */
import type { Locale } from "@/db/schema/_enums";

// The UI's languages: a subset of the stored locales (Assamese and Bengali await translations).
export const locales = ["en", "hi"] as const satisfies readonly Locale[];
export type AppLocale = (typeof locales)[number];

export const defaultLocale: AppLocale = "en";

/** next-intl's conventional cookie name; set by `setLocaleAction`. */
export const localeCookieName = "NEXT_LOCALE";

/** One year, in seconds. */
export const localeCookieMaxAge = 60 * 60 * 24 * 365;

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl formatting: Indian English and Hindi. */
export const intlLocale: Record<AppLocale, string> = { en: "en-IN", hi: "hi-IN" };

export interface IndianLanguage {
  /** ISO 639-1 code. */
  code: string;
  /** Name in its own script, as shown in the picker. */
  nativeName: string;
  /** English name, also the value stored in doctors' language lists. */
  englishName: string;
  /** True when the whole interface is available in this language. */
  translated: boolean;
}

/** Languages for the language settings page (#29); only `translated` ones can be selected today. */
export const indianLanguages: readonly IndianLanguage[] = [
  { code: "en", nativeName: "English", englishName: "English", translated: true },
  { code: "hi", nativeName: "हिन्दी", englishName: "Hindi", translated: true },
  { code: "as", nativeName: "অসমীয়া", englishName: "Assamese", translated: false },
  { code: "bn", nativeName: "বাংলা", englishName: "Bengali", translated: false },
  { code: "mr", nativeName: "मराठी", englishName: "Marathi", translated: false },
  { code: "gu", nativeName: "ગુજરાતી", englishName: "Gujarati", translated: false },
  { code: "pa", nativeName: "ਪੰਜਾਬੀ", englishName: "Punjabi", translated: false },
  { code: "ta", nativeName: "தமிழ்", englishName: "Tamil", translated: false },
  { code: "te", nativeName: "తెలుగు", englishName: "Telugu", translated: false },
  { code: "kn", nativeName: "ಕನ್ನಡ", englishName: "Kannada", translated: false },
  { code: "ml", nativeName: "മലയാളം", englishName: "Malayalam", translated: false },
  { code: "or", nativeName: "ଓଡ଼ିଆ", englishName: "Odia", translated: false },
  { code: "ur", nativeName: "اردو", englishName: "Urdu", translated: false },
];

/**
 * Picks the locale for a request: a valid cookie wins; otherwise the first supported language in
 * the Accept-Language header by quality; otherwise the default.
 */
export function resolveLocale(
  cookieValue: string | undefined,
  acceptLanguage: string | null | undefined,
): AppLocale {
  if (isAppLocale(cookieValue)) return cookieValue;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(",")
      .map((part, index) => {
        const [tag = "", ...params] = part.trim().split(";");
        const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
        const quality = q ? Number(q.slice(2)) : 1;
        return {
          lang: tag.trim().toLowerCase().split("-")[0] ?? "",
          quality: Number.isFinite(quality) ? quality : 0,
          index,
        };
      })
      .filter((entry) => entry.quality > 0)
      .sort((a, b) => b.quality - a.quality || a.index - b.index);
    for (const entry of ranked) {
      if (isAppLocale(entry.lang)) return entry.lang;
    }
  }
  return defaultLocale;
}

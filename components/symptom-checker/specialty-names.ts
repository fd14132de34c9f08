import { specialties, specialtyLabel } from "@/lib/doctors/specialties";

/** Every specialty's name in the locale, keyed by its key (a result names one of them). */
export function specialtyNames(locale: string): Record<string, string> {
  const lang = locale === "hi" ? "hi" : "en";
  return Object.fromEntries(specialties.map((s) => [s.key, specialtyLabel(s.key, lang)]));
}

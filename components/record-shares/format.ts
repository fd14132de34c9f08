import { intlLocale, type AppLocale } from "@/lib/i18n/config";
import { specialties } from "@/lib/doctors/specialties";

/** "12 Dec 2026, 10:30 am" / "12 दिस॰ 2026, 10:30 am": an instant as India's wall clock. */
export function formatDateTimeIst(iso: string | Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "Asia/Kolkata",
  }).format(typeof iso === "string" ? new Date(iso) : iso);
}

/** A doctor's specialty key ("cardiologist") in the UI language; null when unknown or absent. */
export function specialtyText(key: string | null, locale: AppLocale): string | null {
  const s = key ? specialties.find((x) => x.key === key) : undefined;
  return s ? s[locale] : null;
}

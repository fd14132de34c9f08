import { intlLocale, type AppLocale } from "@/lib/i18n/config";

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

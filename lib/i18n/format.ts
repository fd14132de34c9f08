import { indianLanguages, intlLocale, type AppLocale } from "./config";

/**
 * The one place that turns numbers, money, dates and phone numbers into text for people: every
 * page formats through these (Intl with en-IN / hi-IN), so each locale reads one way everywhere.
 * Dates and times are shown in India's time zone; calendar-only values (slots, "2026-11-25") go
 * through components/appointments/format.ts, which keeps them on their day.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: AppLocale, key: string, options: Intl.NumberFormatOptions) {
  const id = `n:${locale}:${key}`;
  let f = cache.get(id) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(intlLocale[locale], options);
    cache.set(id, f);
  }
  return f;
}

function dateFormat(locale: AppLocale, key: string, options: Intl.DateTimeFormatOptions) {
  const id = `d:${locale}:${key}`;
  let f = cache.get(id) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone: "Asia/Kolkata" });
    cache.set(id, f);
  }
  return f;
}

/**
 * "499.00" -> "₹499", "1250.5" -> "₹1,250.50", 100000 -> "₹1,00,000" (Indian grouping in both
 * locales). A decimal string is formatted as the exact decimal, never through a float.
 */
export function formatInr(amount: string | number, locale: AppLocale = "en"): string {
  const value = typeof amount === "number" ? amount : (amount.trim() as `${number}`);
  return numberFormat(locale, "inr", {
    style: "currency",
    currency: "INR",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    trailingZeroDisplay: "stripIfInteger",
  }).format(value);
}

/** A count or measure: 12345 -> "12,345"; `fractionDigits` fixes the decimals (BMI "22.5"). */
export function formatNumber(value: number, locale: AppLocale, fractionDigits?: number): string {
  const options: Intl.NumberFormatOptions =
    fractionDigits === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return numberFormat(locale, `num:${fractionDigits ?? "auto"}`, options).format(value);
}

/** An average rating, always one decimal: 4 -> "4.0", 4.25 -> "4.3". */
export function formatRating(value: number, locale: AppLocale): string {
  return formatNumber(value, locale, 1);
}

const displayNames = new Map<AppLocale, Intl.DisplayNames>();
const codeByEnglishName = new Map(
  indianLanguages.map((l) => [l.englishName.toLowerCase(), l.code]),
);

/** A language stored by its English name ("Tamil") shown in the UI locale ("तमिल" in Hindi). */
export function languageLabel(englishName: string, locale: AppLocale): string {
  const code = codeByEnglishName.get(englishName.toLowerCase());
  if (!code || locale === "en") return englishName;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale[locale]], { type: "language" });
    displayNames.set(locale, names);
  }
  return names.of(code) ?? englishName;
}

/**
 * An instant's date: "12 Mar 2026" / "12 मार्च 2026" (`short`, the default) or "12 March 2026" /
 * "12 मार्च 2026" (`long`).
 */
export function formatDate(iso: string, locale: AppLocale, style: "short" | "long" = "short") {
  return dateFormat(locale, `date:${style}`, {
    day: "numeric",
    month: style,
    year: "numeric",
  }).format(new Date(iso));
}

/** An instant's date and time: "12 Mar 2026, 4:55 pm" / "12 मार्च 2026, 4:55 pm". */
export function formatDateTime(iso: string, locale: AppLocale): string {
  return dateFormat(locale, "datetime", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(iso));
}

/**
 * A stored phone number for reading: an Indian number in E.164 ("+919876543210") as
 * "+91 98765 43210"; anything else (a short code, a toll-free line, a foreign number) unchanged.
 * Links keep the stored form: `tel:${phone}`.
 */
export function formatPhone(phone: string): string {
  const match = /^\+91(\d{5})(\d{5})$/.exec(phone);
  return match ? `+91 ${match[1]} ${match[2]}` : phone;
}

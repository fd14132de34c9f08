import { indianLanguages, intlLocale, type AppLocale } from "./config";

const inr = new Intl.NumberFormat("en-IN", {
  style: "currency",
  currency: "INR",
  maximumFractionDigits: 2,
  minimumFractionDigits: 0,
});

/** "499.00" -> "₹499", "1250.50" -> "₹1,250.5"; always en-IN grouping (₹1,00,000). */
export function formatInr(amount: string | number): string {
  return inr.format(typeof amount === "number" ? amount : Number(amount));
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

/** A date (ISO string) as "12 Mar 2026" / "12 मार्च 2026", in India's time zone. */
export function formatDate(iso: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "Asia/Kolkata",
  }).format(new Date(iso));
}

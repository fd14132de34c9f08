/**
 * SMS texts in the reader's locale, rendered when the SMS is enqueued (an SMS is a frozen text,
 * unlike the inbox). Events with their own short text under `Sms` use it; others send the inbox
 * body behind the brand (`Sms.notice`).
 */
import { createTranslator } from "use-intl/core";
import { intlLocale, isAppLocale, type AppLocale } from "@/lib/i18n/config";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";

const catalogs = { en: { Sms: en.Sms }, hi: { Sms: hi.Sms } };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The SMS for `event` in `locale`; `body` is the inbox body already rendered in that locale. */
export function smsText(
  event: string,
  params: Record<string, string>,
  body: string,
  locale: string,
): { text: string; template: string } {
  const lang: AppLocale = isAppLocale(locale) ? locale : "en";
  const t = createTranslator({
    locale: intlLocale[lang] as AppLocale,
    messages: catalogs[lang],
    namespace: "Sms",
    timeZone: "UTC",
  });
  const values: Record<string, string | Date> = { ...params, body };
  if (params.date && isoDate.test(params.date)) values.date = new Date(`${params.date}T12:00:00Z`);
  if (event !== "notice" && t.has(event as never)) {
    return { text: t(event as never, values as never), template: event };
  }
  return { text: t("notice", values as never), template: "notice" };
}

/**
 * In-app notification texts in the READER's locale. A notification is stored as a message key
 * (under `Notifications` in messages/*.json) with string parameters, plus its English text in
 * `title` / `body`; the text is rendered whenever it is read, so a reader who switches language
 * sees every notification in the new one. Rows written before keys existed (no key), or whose key
 * the messages no longer have, show their stored text.
 */
import { createTranslator } from "use-intl/core";
import { intlLocale, isAppLocale, type AppLocale } from "@/lib/i18n/config";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";

/** The keys a notification can be written with (one `title` and one `body` message each). */
export type NotificationKey = keyof (typeof en)["Notifications"];

/** A notification's parameters: plain strings; `date` is a clinic-local YYYY-MM-DD. */
export type NotificationParams = Record<string, string>;

/** The columns of a notification the renderer reads. */
export interface StoredNotification {
  title: string;
  body: string;
  messageKey: string | null;
  params: NotificationParams | null;
}

const catalogs: Record<AppLocale, { Notifications: Record<string, unknown> }> = {
  en: { Notifications: en.Notifications },
  hi: { Notifications: hi.Notifications },
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** ICU values: a `date` parameter becomes a calendar date (UTC noon, formatted in UTC). */
function valuesOf(params: NotificationParams): Record<string, string | Date> {
  const values: Record<string, string | Date> = { ...params };
  if (params.date && isoDate.test(params.date)) values.date = new Date(`${params.date}T12:00:00Z`);
  return values;
}

/** The title and body of a notification in `locale` (any string; unknown ones read English). */
export function renderNotification(
  notification: StoredNotification,
  locale: string,
): { title: string; body: string } {
  const { messageKey, params } = notification;
  const stored = { title: notification.title, body: notification.body };
  if (!messageKey) return stored;
  const lang: AppLocale = isAppLocale(locale) ? locale : "en";
  const t = createTranslator({
    // The regional tag for Intl ("5 December 2026"); the typed locales are the app's bare ones.
    locale: intlLocale[lang] as AppLocale,
    messages: catalogs[lang],
    namespace: "Notifications",
    timeZone: "UTC",
  });
  const title = `${messageKey}.title` as never;
  const body = `${messageKey}.body` as never;
  if (!t.has(title) || !t.has(body)) return stored;
  const values = valuesOf(params ?? {});
  return { title: t(title, values as never), body: t(body, values as never) };
}

/** The columns to insert for a new notification: the key, its parameters and the English text. */
export function notificationText(
  messageKey: NotificationKey,
  params: NotificationParams,
): StoredNotification {
  const english = renderNotification({ title: "", body: "", messageKey, params }, "en");
  return { ...english, messageKey, params };
}

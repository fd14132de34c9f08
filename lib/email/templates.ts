import { emailCopy, type AppointmentView, type EmailContent } from "./copy";
import {
  accountEmailTemplates,
  type AccountEmailTemplate,
  type AppointmentEmailData,
  type EmailDataMap,
  type EmailLocale,
  type EmailTemplate,
  type OrderEmailData,
  type OrderEmailTemplate,
  type RenderedEmail,
  orderEmailTemplates,
} from "./types";

const isAccountTemplate = (t: EmailTemplate): t is AccountEmailTemplate =>
  (accountEmailTemplates as readonly string[]).includes(t);

const isOrderTemplate = (t: EmailTemplate): t is OrderEmailTemplate =>
  (orderEmailTemplates as readonly string[]).includes(t);

/**
 * Renders one transactional mail in English or Hindi: a subject, a plain-text part and a simple
 * HTML part (inline styles, no images or remote assets, every interpolated value escaped).
 */
export function renderEmail<T extends EmailTemplate>(
  template: T,
  locale: EmailLocale,
  data: EmailDataMap[T],
): RenderedEmail {
  const content = buildContent(template, locale, data);
  assertHttpUrl(content.action.url);
  const subject = oneLine(content.subject);
  return {
    subject,
    text: renderText(content, locale),
    html: renderHtml({ ...content, subject }, locale),
  };
}

/** The copy plus the greeting line, which every mail opens with. */
type Content = EmailContent & { greeting: string };

function buildContent(
  template: EmailTemplate,
  locale: EmailLocale,
  data: EmailDataMap[EmailTemplate],
): Content {
  const copy = emailCopy[locale];
  const greeting = copy.greeting(oneLine(data.name));
  if (isAccountTemplate(template)) {
    return { ...copy.account[template](data as never), greeting };
  }
  if (isOrderTemplate(template)) {
    const order = data as OrderEmailData;
    const expectedDelivery = order.expectedDelivery
      ? formatDate(order.expectedDelivery, locale, "full")
      : null;
    return { ...copy.order[template]({ ...order, expectedDelivery }), greeting };
  }
  const view = appointmentView(data as AppointmentEmailData, locale);
  const details: Array<[string, string]> = [
    [copy.labels.doctor, view.doctorName],
    [copy.labels.date, view.dateLong],
    [copy.labels.time, view.timeLabel],
    [copy.labels.mode, copy.modes[view.mode]],
  ];
  return { ...copy.appointment[template](view), details, greeting };
}

const intlLocale: Record<EmailLocale, string> = { en: "en-IN", hi: "hi-IN" };

function appointmentView(data: AppointmentEmailData, locale: EmailLocale): AppointmentView {
  return {
    ...data,
    dateLong: formatDate(data.date, locale, "full"),
    dateShort: formatDate(data.date, locale, "medium"),
    timeLabel: formatTime(data.time, locale),
  };
}

/** `2026-05-12` -> "Tuesday, 12 May 2026" / "मंगलवार, 12 मई 2026"; other shapes pass through. */
function formatDate(date: string, locale: EmailLocale, style: "full" | "medium"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const instant = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(instant)) return date;
  // The date is a calendar day, not an instant: format it in UTC so no zone shifts the day.
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: style, timeZone: "UTC" }).format(
    instant,
  );
}

/** `14:05` -> "2:05 pm" / "दोपहर 2:05 बजे"; other shapes pass through. */
function formatTime(time: string, locale: EmailLocale): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) return time;
  const hour = Number(match[1]);
  const clock = `${hour % 12 || 12}:${match[2]}`;
  if (locale === "en") return `${clock} ${hour < 12 ? "am" : "pm"}`;
  // Hindi names the part of the day rather than am/pm: सुबह 9:30 बजे, शाम 6:00 बजे.
  const period =
    hour < 4 ? "रात" : hour < 12 ? "सुबह" : hour < 16 ? "दोपहर" : hour < 20 ? "शाम" : "रात";
  return `${period} ${clock} बजे`;
}

/** Links in mails come from our own code; anything but http(s) is a bug, never sent. */
function assertHttpUrl(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new TypeError("Email link is not a valid URL.");
  }
  if (protocol !== "https:" && protocol !== "http:") {
    throw new TypeError("Email links must be http(s) URLs.");
  }
}

/** Subjects are one line: no CR/LF or other control characters from interpolated names. */
function oneLine(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function renderText(content: Content, locale: EmailLocale): string {
  const copy = emailCopy[locale];
  const lines: string[] = [content.greeting, ""];
  for (const p of content.paragraphs) lines.push(p, "");
  if (content.details) {
    for (const [label, value] of content.details) lines.push(`${label}: ${value}`);
    lines.push("");
  }
  lines.push(`${content.action.label}:`, content.action.url, "");
  for (const note of content.notes) lines.push(note, "");
  lines.push("--", copy.footer, "");
  return lines.join("\n");
}

const fontStack =
  "-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Devanagari', 'Helvetica Neue', Arial, sans-serif";

function renderHtml(content: Content, locale: EmailLocale): string {
  const copy = emailCopy[locale];
  const e = escapeHtml;
  const url = e(content.action.url);
  const paragraphs = content.paragraphs
    .map((p) => `<p style="margin:0 0 16px 0;">${e(p)}</p>`)
    .join("\n");
  const details = content.details
    ? `<table style="border-collapse:collapse;margin:0 0 8px 0;width:100%;font-size:16px;">
${content.details
  .map(
    ([label, value]) =>
      `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 16px 6px 0;color:#475569;font-weight:600;white-space:nowrap;">${e(label)}</th><td style="padding:6px 0;color:#0f172a;">${e(value)}</td></tr>`,
  )
  .join("\n")}
</table>`
    : "";
  const notes = content.notes
    .map((n) => `<p style="margin:0 0 12px 0;font-size:14px;color:#475569;">${e(n)}</p>`)
    .join("\n");
  return `<!doctype html>
<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${e(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f1f5f9;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f1f5f9;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border-radius:8px;font-family:${fontStack};">
<tr><td style="padding:24px 32px 0 32px;font-size:20px;font-weight:700;color:#0f766e;">SwasthAI</td></tr>
<tr><td style="padding:16px 32px 24px 32px;font-size:16px;line-height:1.6;color:#1e293b;">
<h1 style="margin:0 0 16px 0;font-size:22px;line-height:1.3;color:#0f172a;">${e(content.heading)}</h1>
<p style="margin:0 0 16px 0;">${e(content.greeting)}</p>
${paragraphs}
${details}
<p style="margin:24px 0;"><a href="${url}" style="display:inline-block;background-color:#0f766e;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px;">${e(content.action.label)}</a></p>
${notes}
<p style="margin:16px 0 0 0;font-size:14px;color:#475569;">${e(copy.fallbackLink)}<br><a href="${url}" style="color:#0f766e;word-break:break-all;">${url}</a></p>
</td></tr>
<tr><td style="padding:16px 32px 24px 32px;font-size:13px;line-height:1.5;color:#64748b;border-top:1px solid #e2e8f0;">${e(copy.footer)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

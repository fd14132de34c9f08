import type { Breadcrumb, Event, Stacktrace } from "@sentry/nextjs";
import { withoutQuery } from "./without-query";

/**
 * What leaves the app in a Sentry event. Health data and credentials never do: request bodies,
 * cookies, query strings and all but a few headers are dropped, the user is reduced to an id,
 * stack frames lose their local variables and source lines, any field whose key names health
 * data, a person's name, contact details or a secret is replaced (at any depth of extra, contexts,
 * tags, span and breadcrumb data), and e-mail addresses, phone numbers and ABHA numbers are masked
 * in every string that is kept. Shared by the server and the browser SDK.
 */

const REDACTED = "[redacted]";

/** Keys whose values are health data, contact details or secrets, matched anywhere in the key. */
const SENSITIVE_KEY =
  /diagnos|symptom|(?:full|first|last|given|family|middle)_?name|notes?$|allerg|medic|condition|prescri|record|vital|phone|mobile|e-?mail|address|abha|dob|birth|aadhaar|pincode|password|passwd|secret|token|otp|cookie|authori[sz]ation|api-?key|credential|session/i;

/** Keys whose string values are URLs or paths: their query strings are cut. */
const URL_KEY = /url|path|href|target|referr?er|location|^from$|^to$/i;

/** Request headers worth keeping: none names the caller or carries a credential. */
const SAFE_HEADERS = new Set([
  "accept",
  "accept-language",
  "content-length",
  "content-type",
  "host",
  "user-agent",
  "x-request-id",
]);

const MASKS: ReadonlyArray<[RegExp, string]> = [
  // ABHA address (name@abdm, name@sbx) before the general e-mail shape would take it.
  [/\b[\w.-]+@(?:abdm|sbx)\b/gi, "[abha]"],
  [/[\w.%+-]+@[a-z\d.-]+\.[a-z]{2,}/gi, "[email]"],
  // ABHA number: 14 digits, usually written 12-3456-7890-1234.
  [/(?<![\w-])\d{2}-?\d{4}-?\d{4}-?\d{4}(?![\w-])/g, "[abha]"],
  // A phone number: ten digits with an optional country code, spaces or dashes between.
  [/(?<![\w-])(?:\+\d{1,3}[ -]?)?(?:\d[ -]?){9}\d(?![\w-])/g, "[phone]"],
];

/** The text with e-mail addresses, ABHA numbers and phone numbers masked. */
export function maskText(text: string): string {
  return MASKS.reduce((out, [pattern, mask]) => out.replace(pattern, mask), text);
}

export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key);
}

/**
 * A copy of `value` with sensitive keys replaced, URLs cut before their query and strings masked,
 * at any depth. `key` is the name `value` was found under.
 */
export function scrubValue(value: unknown, depth = 0, key = ""): unknown {
  if (typeof value === "string") return maskText(URL_KEY.test(key) ? withoutQuery(value) : value);
  if (value === null || typeof value !== "object") return value;
  // Sentry normalizes to depth 3 by default; deeper than this is only cut.
  if (depth > 8) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1, key));
  return Object.fromEntries(
    Object.entries(value).map(([name, inner]) => [
      name,
      isSensitiveKey(name) ? REDACTED : scrubValue(inner, depth + 1, name),
    ]),
  );
}

function scrubRequest(request: NonNullable<Event["request"]>): Event["request"] {
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).filter(([name]) => SAFE_HEADERS.has(name.toLowerCase())),
  );
  return {
    ...(request.method ? { method: request.method } : {}),
    ...(request.url ? { url: maskText(withoutQuery(request.url)) } : {}),
    headers,
  };
}

/** An event as it may leave: for errors (beforeSend) and transactions (beforeSendTransaction). */
export function scrubEvent<E extends Event>(event: E): E {
  const out: E = { ...event };
  if (out.request) out.request = scrubRequest(out.request);
  if (out.user) out.user = out.user.id !== undefined ? { id: out.user.id } : {};
  if (out.message) out.message = maskText(out.message);
  if (out.logentry) {
    out.logentry = {
      ...out.logentry,
      ...(out.logentry.message ? { message: maskText(out.logentry.message) } : {}),
      ...(out.logentry.params ? { params: out.logentry.params.map((p) => scrubValue(p)) } : {}),
    };
  }
  if (out.exception?.values) {
    out.exception = {
      ...out.exception,
      values: out.exception.values.map((exception) => ({
        ...exception,
        ...(exception.value ? { value: maskText(exception.value) } : {}),
        ...(exception.stacktrace ? { stacktrace: scrubStacktrace(exception.stacktrace) } : {}),
      })),
    };
  }
  if (out.extra) out.extra = scrubValue(out.extra) as E["extra"];
  if (out.contexts) out.contexts = scrubValue(out.contexts) as E["contexts"];
  if (out.tags) out.tags = scrubValue(out.tags) as E["tags"];
  if (out.transaction) out.transaction = maskText(withoutQuery(out.transaction));
  if (out.breadcrumbs) {
    out.breadcrumbs = out.breadcrumbs
      .map(scrubBreadcrumb)
      .filter((b): b is Breadcrumb => b !== null);
  }
  if (out.spans) {
    out.spans = out.spans.map((span) => ({
      ...span,
      ...(span.description ? { description: maskText(withoutQuery(span.description)) } : {}),
      ...(span.data ? { data: scrubValue(span.data) as typeof span.data } : {}),
    }));
  }
  return out;
}

/**
 * Frames keep file, function and line, but neither local variables (a handler's hold the
 * request's data) nor source lines (a line may quote a literal; the built files are minified
 * anyway).
 */
function scrubStacktrace(stacktrace: Stacktrace): Stacktrace {
  if (!stacktrace.frames) return stacktrace;
  return {
    ...stacktrace,
    frames: stacktrace.frames.map((frame) => {
      const kept = { ...frame };
      delete kept.vars;
      delete kept.pre_context;
      delete kept.context_line;
      delete kept.post_context;
      return kept;
    }),
  };
}

/** A breadcrumb as it may leave: its message masked, URLs without queries, data scrubbed. */
export function scrubBreadcrumb(breadcrumb: Breadcrumb): Breadcrumb | null {
  const out: Breadcrumb = { ...breadcrumb };
  if (out.message) out.message = maskText(out.message);
  if (out.data) out.data = scrubValue(out.data) as Breadcrumb["data"];
  return out;
}

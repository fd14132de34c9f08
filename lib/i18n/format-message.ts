import { IntlMessageFormat, type Formats, type Formatters } from "intl-messageformat";
import { isValidElement, type ReactNode } from "react";
import { IntlError, IntlErrorCode } from "use-intl/core";

/**
 * use-intl's message formatter, with its compiled messages kept for the life of the process.
 * next.config.ts aliases `use-intl/format-message` (the package's exported hook for swapping it,
 * as next-intl's own `precompile` does) to this module.
 *
 * use-intl's version caches compiled messages per request, and on every call with arguments it
 * rebuilds a formats object and serialises it into a JSON memo key: about a tenth of the signed-in
 * search page's CPU (nine such calls per doctor card). An `IntlMessageFormat` is immutable once
 * built, so here it is built once per locale, time zone and message and reused by every request.
 * Output is the same (format-message.test.ts compares every message in both catalogues).
 */

type FormatsInput = {
  dateTime?: Record<string, Intl.DateTimeFormatOptions>;
  number?: Record<string, Intl.NumberFormatOptions>;
};

type FormatOptions = {
  formats?: FormatsInput;
  globalFormats?: FormatsInput;
  locale: string;
  timeZone?: string;
};

/** Messages are the catalogues' (finite); the cap only bounds a misuse. */
const maxCached = 5000;
const compiled = new Map<string, IntlMessageFormat>();
const formattersByZone = new Map<string, Formatters>();

/** Intl constructors memoised across requests, dates in `timeZone` unless a format names one. */
function formattersFor(timeZone: string | undefined): Formatters {
  const zone = timeZone ?? "";
  let formatters = formattersByZone.get(zone);
  if (!formatters) {
    formatters = {
      getNumberFormat: memoised((locales, options) => new Intl.NumberFormat(locales, options)),
      // use-intl's workaround for https://github.com/formatjs/formatjs/issues/4279: a bare
      // `{d, date}` gets no format, so the zone has to reach the constructor itself.
      getDateTimeFormat: memoised(
        (locales, options?: Intl.DateTimeFormatOptions) =>
          new Intl.DateTimeFormat(locales, { ...options, timeZone: options?.timeZone ?? timeZone }),
      ),
      getPluralRules: memoised((locales, options) => new Intl.PluralRules(locales, options)),
    };
    formattersByZone.set(zone, formatters);
  }
  return formatters;
}

function memoised<O, R>(make: (locales: string | string[] | undefined, options?: O) => R) {
  const made = new Map<string, R>();
  return (locales?: string | string[], options?: O): R => {
    const key = JSON.stringify([locales, options]);
    let value = made.get(key);
    if (value === undefined) {
      value = make(locales, options);
      made.set(key, value);
    }
    return value;
  };
}

/** use-intl's conversion: one `dateTime` namespace for both of intl-messageformat's, zoned. */
function messageFormats(
  globalFormats: FormatsInput | undefined,
  formats: FormatsInput | undefined,
  timeZone: string | undefined,
): Partial<Formats> {
  const dateTime = { ...globalFormats?.dateTime, ...formats?.dateTime };
  const all = {
    date: { ...IntlMessageFormat.formats.date, ...dateTime },
    time: { ...IntlMessageFormat.formats.time, ...dateTime },
    number: { ...globalFormats?.number, ...formats?.number },
  };
  if (timeZone)
    for (const group of [all.date, all.time])
      for (const [name, options] of Object.entries(group)) group[name] = { timeZone, ...options };
  return all as Partial<Formats>;
}

function messageFormat(message: string, options: FormatOptions): IntlMessageFormat {
  const { formats, globalFormats, locale, timeZone } = options;
  const custom = formats || globalFormats ? JSON.stringify([globalFormats, formats]) : "";
  const key = `${locale}\u0000${timeZone ?? ""}\u0000${custom}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(
      message,
      locale,
      messageFormats(globalFormats, formats, timeZone),
      { formatters: formattersFor(timeZone) },
    );
    if (compiled.size >= maxCached) compiled.clear();
    compiled.set(key, format);
  }
  return format;
}

export default function formatMessage(
  key: string,
  message: unknown,
  values: Record<string, unknown> | undefined,
  options: FormatOptions,
): ReactNode {
  if (Array.isArray(message))
    throw new IntlError(
      IntlErrorCode.INVALID_MESSAGE,
      `Message at \`${key}\` resolved to an array, but only strings are supported.`,
    );
  if (typeof message === "object")
    throw new IntlError(
      IntlErrorCode.INSUFFICIENT_PATH,
      `Message at \`${key}\` resolved to \`${typeof message}\`, but only strings are supported.`,
    );
  const text = String(message);
  // use-intl's hot path: without arguments or ICU escapes the message is its own output.
  if (!values && !/'[{}<#|']/.test(text)) return text;

  let format: IntlMessageFormat;
  try {
    format = messageFormat(text, options);
  } catch (error) {
    throw new IntlError(IntlErrorCode.INVALID_MESSAGE, (error as Error).message);
  }
  const formatted: unknown = format.format(values as Parameters<IntlMessageFormat["format"]>[0]);
  return isValidElement(formatted) || Array.isArray(formatted) || typeof formatted === "string"
    ? (formatted as ReactNode)
    : String(formatted);
}

// Tells use-intl that `t.raw` reads the catalogue's own strings (the precompiling variant says no).
formatMessage.raw = true;

import { IntlMessageFormat } from "intl-messageformat";
import formatWithUseIntl from "use-intl/format-message";
import { IntlError, IntlErrorCode, _createCache, _createIntlFormatters } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import formatMessage from "./format-message";

// Tests do not go through next.config.ts's alias, so `use-intl/format-message` here is use-intl's
// own formatter: every message of both catalogues must come out of ours exactly as out of theirs.

const timeZone = "Asia/Kolkata";
// 20:45 UTC is the next day in India: a formatter that lost the time zone shows the 15th.
const lateEvening = new Date("2026-03-15T20:45:00Z");

/** intl-messageformat's AST element types (@formatjs/icu-messageformat-parser's TYPE). */
const type = { argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, tag: 8 };

type Element = {
  type: number;
  value: string;
  options?: Record<string, { value: Element[] }>;
  children?: Element[];
};

function flatten(tree: unknown, prefix = ""): [string, string][] {
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[prefix + key, value] as [string, string]]
      : flatten(value, `${prefix}${key}.`),
  );
}

/** Values for every argument of `ast`, the n-th variant of each (numbers and selects vary). */
function valuesFor(ast: Element[], variant: number, into: Record<string, unknown> = {}) {
  const numbers = [0, 1, 2, 5, 21, 1234.5];
  for (const element of ast) {
    if (element.type === type.number || element.type === type.plural)
      into[element.value] = numbers[variant % numbers.length];
    else if (element.type === type.date || element.type === type.time)
      into[element.value] = lateEvening;
    else if (element.type === type.select) {
      const keys = Object.keys(element.options ?? {});
      into[element.value] = keys[variant % keys.length];
    } else if (element.type === type.argument) into[element.value] ??= "Asha";
    else if (element.type === type.tag)
      into[element.value] = (chunks: unknown[]) => `<${element.value}>${chunks.join("")}</>`;
    for (const option of Object.values(element.options ?? {}))
      valuesFor(option.value, variant, into);
    if (element.children) valuesFor(element.children, variant, into);
  }
  return into;
}

function optionsForUseIntl(locale: string) {
  const cache = _createCache();
  return { cache, formatters: _createIntlFormatters(cache), locale, timeZone };
}

describe("formatMessage", () => {
  for (const [locale, catalogue] of [
    ["en", en],
    ["hi", hi],
  ] as const) {
    it(`formats every ${locale} message as use-intl does`, () => {
      const messages = flatten(catalogue);
      expect(messages.length).toBeGreaterThan(1000);
      let withArguments = 0;
      for (const [key, message] of messages) {
        const ast = new IntlMessageFormat(message, locale).getAst() as unknown as Element[];
        const variants = ast.some((e) => e.type !== 0) ? 6 : 1;
        if (variants > 1) withArguments++;
        for (let variant = 0; variant < variants; variant++) {
          const values = variants > 1 ? valuesFor(ast, variant) : undefined;
          const ours = formatMessage(key, message, values, { locale, timeZone });
          const theirs = formatWithUseIntl(
            key,
            message,
            values as never,
            optionsForUseIntl(locale),
          );
          expect({ key, variant, out: ours }).toEqual({ key, variant, out: theirs });
        }
      }
      expect(withArguments).toBeGreaterThan(300);
    });
  }

  it("shows dates in the given time zone", () => {
    const message = "Booked for {date, date, long}";
    expect(formatMessage("k", message, { date: lateEvening }, { locale: "en", timeZone })).toBe(
      "Booked for March 16, 2026",
    );
    expect(
      formatMessage("k", "{date, date}", { date: lateEvening }, { locale: "en", timeZone }),
    ).toBe("3/16/2026");
    expect(
      formatMessage("k", message, { date: lateEvening }, { locale: "en", timeZone: "UTC" }),
    ).toBe("Booked for March 15, 2026");
  });

  it("uses the formats it is given, not those of an earlier call", () => {
    const message = "{fee, number, inr}";
    const inr = { number: { inr: { style: "currency", currency: "INR" } } } as const;
    const usd = { number: { inr: { style: "currency", currency: "USD" } } } as const;
    expect(formatMessage("k", message, { fee: 500 }, { locale: "en", formats: inr })).toBe(
      "₹500.00",
    );
    expect(formatMessage("k", message, { fee: 500 }, { locale: "en", formats: usd })).toBe(
      "$500.00",
    );
  });

  it("refuses what is not a message as use-intl does", () => {
    const options = { locale: "en", timeZone };
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof IntlError ? error.code : "not an IntlError";
      }
      return "no error";
    };
    expect(codeOf(() => formatMessage("k", ["a"], undefined, options))).toBe(
      IntlErrorCode.INVALID_MESSAGE,
    );
    expect(codeOf(() => formatMessage("k", { a: "b" }, undefined, options))).toBe(
      IntlErrorCode.INSUFFICIENT_PATH,
    );
    expect(codeOf(() => formatMessage("k", "{count, plural, one {#}", { count: 1 }, options))).toBe(
      IntlErrorCode.INVALID_MESSAGE,
    );
  });
});

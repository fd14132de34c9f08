import { describe, expect, it } from "vitest";
import { isAppLocale, resolveLocale } from "./config";

describe("resolveLocale", () => {
  it.each([
    ["hi", null, "hi"],
    ["en", "hi-IN,hi;q=0.9", "en"],
    [undefined, undefined, "en"],
    [undefined, "hi-IN,hi;q=0.9,en;q=0.8", "hi"],
    [undefined, "en-IN,en;q=0.9,hi;q=0.8", "en"],
    [undefined, "fr-FR,fr;q=0.9,hi;q=0.5", "hi"],
    [undefined, "en;q=0.2, hi;q=0.8", "hi"],
    [undefined, "hi;q=0", "en"],
    ["xx", "ta-IN", "en"],
    ["", "garbage;;;q=abc", "en"],
  ] as const)("cookie %j, Accept-Language %j -> %s", (cookie, header, expected) => {
    expect(resolveLocale(cookie, header)).toBe(expected);
  });

  it("accepts only supported locales", () => {
    expect(isAppLocale("hi")).toBe(true);
    expect(isAppLocale("bn")).toBe(false);
    expect(isAppLocale(undefined)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { isSafeName, isSafeText } from "./hidden-characters";

const ZWJ = "\u200D";
const ZWNJ = "\u200C";

describe("isSafeName", () => {
  it.each([
    ["Asha Verma", "Asha Verma"],
    ["an apostrophe, a hyphen and initials", "Dr. A. K. O'Brien-Singh"],
    ["Hindi", "अनुराग शर्मा"],
    ["Hindi with conjuncts and matras", "क्षितिज श्रीवास्तव"],
    ["Hindi with ZWJ for a half form", `क्${ZWJ}षितिज`],
    ["Hindi with ZWNJ for a visible virama", `क्${ZWNJ}ष`],
    ["Marathi eyelash ra (ZWJ)", `कुर्${ZWJ}हाडे`],
    ["Bengali with ZWNJ", `র্${ZWNJ}য`],
    ["Malayalam chillu ending a word (ZWJ)", `അര്${ZWJ}ജുന്${ZWJ} നായർ`],
    ["Tamil", "செந்தில் குமார்"],
    ["Urdu", "عائشہ خان"],
  ])("accepts %s", (_what, name) => {
    expect(isSafeName(name)).toBe(true);
  });

  it.each([
    ["a right-to-left override", "Dr.\u202Eevil"],
    ["a left-to-right override", "Dr.\u202Devil"],
    ["embeddings and pop", "\u202Aa\u202B\u202C"],
    ["isolates", "\u2066Asha\u2069", "\u2067x", "\u2068x"],
    ["the Arabic letter mark", "Asha\u061C"],
    ["LRM and RLM", "Asha\u200E", "Asha\u200F"],
    ["a zero-width space", "As\u200Bha"],
    ["a word joiner", "As\u2060ha"],
    ["a BOM", "\uFEFFAsha"],
    ["a soft hyphen", "As\u00ADha"],
    ["a tab, newline or carriage return", "Asha\tVerma", "Asha\nVerma", "Asha\rVerma"],
    ["C0 and DEL", "Asha\u0007", "Asha\u007F"],
    ["C1 controls", "Asha\u0085", "Asha\u009B"],
    ["line and paragraph separators", "Asha\u2028", "Asha\u2029"],
    ["ZWJ between Latin letters", `As${ZWJ}ha`],
    ["ZWNJ between Latin letters", `As${ZWNJ}ha`],
    ["ZWJ between two scripts", `क${ZWJ}a`],
    ["ZWJ at the start or alone", `${ZWJ}अनु`, ZWJ],
    ["ZWJ after a space", `अनु ${ZWJ}राग`],
    ["ZWJ ending a word without a virama", `अनु${ZWJ}`],
    ["two joiners in a row", `क्${ZWJ}${ZWJ}ष`],
  ])("rejects %s", (_what, ...names) => {
    for (const name of names) expect(isSafeName(name), JSON.stringify(name)).toBe(false);
  });
});

describe("isSafeText", () => {
  it("accepts paragraphs, tabs, CRLF, emoji sequences and Hindi with joiners", () => {
    expect(isSafeText("Very kind.\r\nExplained everything.\n\tThanks!")).toBe(true);
    expect(isSafeText("बहुत अच्छे डॉक्टर 👨‍👩‍👧")).toBe(true);
    expect(isSafeText(`क्${ZWJ}ष`)).toBe(true);
  });

  it.each([
    ["\u202E", "a right-to-left override"],
    ["\u2067", "an isolate"],
    ["\u200F", "a right-to-left mark"],
    ["\u061C", "the Arabic letter mark"],
    ["\u0000", "NUL"],
    ["\u001B", "ESC"],
    ["\u0085", "a C1 control"],
  ])("rejects %j (%s)", (char) => {
    expect(isSafeText(`Great doctor${char}`)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { parseSourceLines, readingMinutes, searchWords, sourceLinesText } from "./policy";

describe("readingMinutes", () => {
  it("reads about 200 English or 170 Hindi words a minute, never less than 1", () => {
    expect(readingMinutes("word ".repeat(1000), "en")).toBe(5);
    expect(readingMinutes("शब्द ".repeat(850), "hi")).toBe(5);
    expect(readingMinutes("short", "en")).toBe(1);
    expect(readingMinutes("", "hi")).toBe(1);
  });

  it("does not count markdown marks as words", () => {
    expect(readingMinutes("## - * ** > | ".repeat(1000) + "word ".repeat(200), "en")).toBe(1);
  });
});

describe("source lines", () => {
  it("splits at the last bar, keeps title-only lines and skips blank ones", () => {
    const text = "WHO | Salt | https://www.who.int/salt\n\n  ICMR-NIN dietary guidelines  \nNHS |";
    expect(parseSourceLines(text)).toEqual([
      { title: "WHO | Salt", url: "https://www.who.int/salt" },
      { title: "ICMR-NIN dietary guidelines" },
      { title: "NHS" },
    ]);
  });

  it("round-trips through the textarea", () => {
    const sources = [{ title: "WHO: Salt", url: "https://www.who.int/salt" }, { title: "A book" }];
    expect(parseSourceLines(sourceLinesText(sources))).toEqual(sources);
  });
});

describe("searchWords", () => {
  it("keeps letters, vowel signs and digits, lower-cased, and drops tsquery syntax", () => {
    expect(searchWords("Diabetes & diet:* | !x")).toEqual(["diabetes", "diet", "x"]);
    expect(searchWords("मधुमेह, बाजरा")).toEqual(["मधुमेह", "बाजरा"]);
    expect(searchWords("'):*")).toEqual([]);
  });
});

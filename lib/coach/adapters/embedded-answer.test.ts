import { describe, expect, it } from "vitest";
import { bestParagraph, buildEmbeddedAnswer, quote, searchWords } from "./embedded-answer";

const copy = {
  intro: "I am the built-in coach.",
  from: (title: string, href: string) => `From **[${title}](${href})**:`,
  readMore: (href: string) => `[Read the full article](${href})`,
  nothingFound: "I found no article about that.",
};

const body = `Intro paragraph about food.

## Use the plate method
Half the plate vegetables, a quarter dal, a quarter grains. This helps blood sugar in diabetes.

## Sleep
Sleep well.`;

describe("searchWords", () => {
  it("keeps the topic words and drops filler, in English and Hindi", () => {
    expect(searchWords("What should I eat to manage diabetes?")).toEqual([
      "eat",
      "manage",
      "diabetes",
    ]);
    expect(searchWords("मधुमेह में क्या खाना चाहिए?")).toEqual(["मधुमेह", "खाना"]);
    expect(searchWords("'; drop table articles; --")).toEqual(["drop", "table", "articles"]);
  });
});

describe("bestParagraph", () => {
  it("picks the paragraph sharing most words with the question, without its heading", () => {
    expect(bestParagraph(body, ["diabetes", "plate"])).toBe(
      "Half the plate vegetables, a quarter dal, a quarter grains. This helps blood sugar in diabetes.",
    );
  });

  it("shortens a long paragraph at a sentence end", () => {
    const long = `${"Eat well. ".repeat(80)}`;
    const out = bestParagraph(long, ["eat"], 100);
    expect(out.length).toBeLessThanOrEqual(101);
    expect(out.endsWith(".…") || out.endsWith("…")).toBe(true);
  });
});

describe("buildEmbeddedAnswer", () => {
  it("says what it is, quotes the article as a blockquote and links it", () => {
    const answer = buildEmbeddedAnswer(
      "What should I eat with diabetes?",
      [{ slug: "diabetes-diet", title: "Diabetes and food", body }],
      copy,
    );
    expect(answer).toContain("I am the built-in coach.");
    expect(answer).toContain("From **[Diabetes and food](/articles/diabetes-diet)**:");
    expect(answer).toContain("> Half the plate vegetables");
    expect(answer).toContain("[Read the full article](/articles/diabetes-diet)");
  });

  it("quotes at most two articles", () => {
    const a = { slug: "a", title: "A", body: "a" };
    const answer = buildEmbeddedAnswer("x", [a, { ...a, slug: "b" }, { ...a, slug: "c" }], copy);
    expect(answer).toContain("/articles/b");
    expect(answer).not.toContain("/articles/c");
  });

  it("says plainly when nothing was found, and invents nothing", () => {
    expect(buildEmbeddedAnswer("quantum yoga", [], copy)).toBe(
      "I am the built-in coach.\n\nI found no article about that.",
    );
  });

  it("quotes every line of a multi-line paragraph", () => {
    expect(quote("- one\n- two")).toBe("> - one\n> - two");
  });
});

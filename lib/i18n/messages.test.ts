import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Argument names used by an ICU message: {name}, {count, plural, ...}, and <tag> rich-text tags. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z][\w]*)\s*[,}]/g)) names.add(match[1] ?? "");
  for (const match of message.matchAll(/<([A-Za-z]\w*)>/g)) names.add(`<${match[1] ?? ""}>`);
  return [...names].sort();
}

const enMessages = flatten(en as Tree);
const hiMessages = flatten(hi as Tree);

describe("messages", () => {
  it("Hindi has exactly the English keys", () => {
    expect([...hiMessages.keys()].sort()).toEqual([...enMessages.keys()].sort());
  });

  it("every Hindi message uses the same arguments and tags as the English one", () => {
    for (const [key, english] of enMessages) {
      expect(argumentsOf(hiMessages.get(key) ?? ""), key).toEqual(argumentsOf(english));
    }
  });

  it("Hindi messages are written in Devanagari, not left in English", () => {
    const untranslated = [...hiMessages].filter(([key, value]) => {
      if (/[\u0900-\u097F]/.test(value) || value !== enMessages.get(key)) return false;
      // Identical and Latin-only is fine when nothing but brand names, acronyms (ABHA), numbers,
      // placeholders and punctuation is left.
      const words = value.replace(/\{[^}]*\}/g, "").replace(/SwasthAI/g, "");
      return /[a-z]/.test(words);
    });
    expect(untranslated).toEqual([]);
  });
});

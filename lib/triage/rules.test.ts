import { describe, expect, it } from "vitest";
import { specialtyKeys } from "@/lib/doctors/specialties";
import { tokensOf } from "./normalize";
import { careRules, fallbackCareRule } from "./rules/care";
import { conceptIds, concepts } from "./rules/concepts";
import { questionRules } from "./rules/questions";
import { redFlagRules } from "./rules/red-flags";
import { texts } from "./rules/texts";
import type { Bilingual } from "./rules/types";
import { RULES_VERSION } from "./rules/version";

/** Every {en, hi} pair anywhere in a value. */
function bilinguals(
  value: unknown,
  path = "",
  out: [string, Bilingual][] = [],
): [string, Bilingual][] {
  if (value && typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.en === "string" && typeof v.hi === "string")
      out.push([path, v as unknown as Bilingual]);
    else for (const [k, child] of Object.entries(v)) bilinguals(child, `${path}.${k}`, out);
  }
  return out;
}

const allTexts = bilinguals({ redFlagRules, careRules, fallbackCareRule, questionRules, texts });
const DEVANAGARI = /[\u0900-\u097f]/;
const DOSE = /\d+(\.\d+)?\s?(mg|mcg|ml|g\b|tablets?|tabs?|capsules?|drops?|units?|iu\b)/i;
const DRUGS =
  /\b(paracetamol|acetaminophen|ibuprofen|aspirin|diclofenac|antibiotic|amoxicillin|azithromycin|cetirizine|omeprazole|pantoprazole|metformin|insulin|dolo|crocin|combiflam)\b/i;

describe("rule texts", () => {
  it("has many texts, each in English and in real Hindi", () => {
    expect(allTexts.length).toBeGreaterThan(200);
    for (const [path, t] of allTexts) {
      expect(t.en.trim().length, path).toBeGreaterThan(0);
      expect(t.hi.trim().length, path).toBeGreaterThan(0);
      expect(t.hi, path).toMatch(DEVANAGARI);
      // No English sentence left in Hindi (acronyms such as ORS, ECG, NTEP, MCP are fine).
      expect(t.hi, path).not.toMatch(/[a-z]{4,}/);
    }
  });

  it("never gives a dose, and names no medicine", () => {
    for (const [path, t] of allTexts) {
      for (const s of [t.en, t.hi]) {
        expect(s, path).not.toMatch(DOSE);
        expect(s, path).not.toMatch(DRUGS);
        expect(s, path).not.toMatch(/%/);
      }
    }
  });

  it("every concept has an English and a Hindi name and its terms normalise to words", () => {
    for (const id of conceptIds) {
      const c = concepts[id];
      expect(c.en.length, id).toBeGreaterThan(0);
      expect(c.hi, id).toMatch(DEVANAGARI);
      for (const implied of (c as { implies?: readonly string[] }).implies ?? []) {
        expect(conceptIds, `${id} implies ${implied}`).toContain(implied);
      }
      for (const term of c.terms as readonly string[]) {
        expect(tokensOf(term).length, `${id}: ${term}`).toBeGreaterThan(0);
      }
    }
  });

  it("no two concepts share a term once normalised", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const id of conceptIds) {
      for (const term of concepts[id].terms as readonly string[]) {
        const key = tokensOf(term).join(" ");
        const other = owner.get(key);
        if (other && other !== id) clashes.push(`${term}: ${other} / ${id}`);
        owner.set(key, id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("rules as data", () => {
  it("gives every rule a unique id and a public source", () => {
    const ids = [...redFlagRules, ...careRules, ...questionRules].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of [...redFlagRules, ...careRules, ...questionRules]) {
      expect(rule.source.length, rule.id).toBeGreaterThan(10);
    }
  });

  it("recommends only real specialties", () => {
    for (const rule of [...redFlagRules, ...careRules]) {
      expect(specialtyKeys, rule.id).toContain(rule.specialty);
    }
  });

  it("asks questions with 2 to 4 options, one of them a way to say 'not sure'", () => {
    for (const q of questionRules) {
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.options.length, q.id).toBeLessThanOrEqual(4);
      expect(
        q.options.some((o) => o.id === "not_sure" || o.id === "prefer_not"),
        q.id,
      ).toBe(true);
      expect(new Set(q.options.map((o) => o.id)).size, q.id).toBe(q.options.length);
    }
  });

  it("has a rules version in the changelog's form", () => {
    expect(RULES_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });
});

describe("changelog", () => {
  it("records the current rules version", async () => {
    const { readFileSync } = await import("node:fs");
    const log = readFileSync(new URL("./rules/CHANGELOG.md", import.meta.url), "utf8");
    expect(log).toContain(`## ${RULES_VERSION}`);
  });
});

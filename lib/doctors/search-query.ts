import {
  cityPhrases,
  nearMePhrases,
  specialtyPhrases,
  specialtyPrefixWords,
  stopWords,
} from "./search-words";
import type { SpecialtyKey } from "./specialties";

/**
 * The doctor search box, understood: specialty words (lay, Hindi, romanised, misspelt), a city,
 * "near me", and the words left over, which the database matches against the words of doctors'
 * names, clinics and localities (typo-tolerant: pg_trgm on a dictionary of those words). Pure and cheap (a few map look-ups per word and a
 * bounded edit distance for the words no look-up knows), so it runs on every request. Isomorphic.
 */
export interface SearchText {
  specialties: SpecialtyKey[];
  /** The city as doctors.city_lower holds it. */
  city?: string;
  nearMe: boolean;
  /** Words for names, clinics, localities and cities (at most MAX_WORDS). */
  words: string[];
  /** The leftover words together as typed: a doctor whose text holds them so ranks first. */
  phrase?: string;
  /** The text has no words at all ("%"): it matches no doctor rather than every doctor. */
  unreadable?: true;
}

const MAX_WORDS = 3;
const MAX_PHRASE_WORDS = 4;

/** Lower case, one spelling of Devanagari: no nukta, chandrabindu as anusvara (आँख = आंख). */
export function normaliseSearch(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/\u093c/g, "")
    .replace(/\u0901/g, "\u0902");
}

const tokensOf = (text: string) => normaliseSearch(text).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
const phraseKey = (text: string) => tokensOf(text).join(" ");

type Meaning =
  | { kind: "specialty"; key: SpecialtyKey }
  | { kind: "city"; city: string }
  | { kind: "nearMe" }
  | { kind: "stop" };

const meanings = new Map<string, Meaning>();
for (const word of stopWords) meanings.set(phraseKey(word), { kind: "stop" });
for (const [phrase, city] of cityPhrases) meanings.set(phraseKey(phrase), { kind: "city", city });
for (const [phrase, key] of specialtyPhrases) {
  meanings.set(phraseKey(phrase), { kind: "specialty", key });
}
for (const phrase of nearMePhrases) meanings.set(phraseKey(phrase), { kind: "nearMe" });

// Single words a misspelling is compared with (stop words are too short to be worth it).
const fuzzyTargets = [...meanings].filter(
  ([phrase, meaning]) => meaning.kind !== "stop" && !phrase.includes(" ") && phrase.length >= 4,
);

const prefixTargets = specialtyPrefixWords.flatMap(([label, key]) =>
  tokensOf(label).map((word): [string, SpecialtyKey] => [word, key]),
);

/** Edits allowed for a word of this length: none below 5 letters, 1 up to 7, then 2. */
const allowedEdits = (length: number) => (length < 5 ? 0 : length < 8 ? 1 : 2);

/** Optimal-string-alignment distance of a and b, or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** What a word no phrase knows may still mean: a specialty abbreviated, or a misspelt word. */
function guess(word: string): Meaning | undefined {
  if (word.length >= 4) {
    const prefixed = prefixTargets.find(([target]) => target.startsWith(word));
    if (prefixed) return { kind: "specialty", key: prefixed[1] };
  }
  const max = allowedEdits(word.length);
  if (max === 0) return undefined;
  let best: Meaning | undefined;
  let bestDistance = max + 1;
  for (const [target, meaning] of fuzzyTargets) {
    const d = editDistance(word, target, Math.min(max, bestDistance - 1));
    if (d < bestDistance) {
      best = meaning;
      bestDistance = d;
    }
  }
  return best;
}

/** Reads the search box's text into filters and the words left for names and places. */
export function parseSearchText(text: string): SearchText {
  const tokens = tokensOf(text);
  const result: SearchText = { specialties: [], nearMe: false, words: [] };
  const leftover: string[] = [];
  for (let i = 0; i < tokens.length;) {
    let meaning: Meaning | undefined;
    let matched = 1;
    for (let n = Math.min(MAX_PHRASE_WORDS, tokens.length - i); n > 0 && !meaning; n--) {
      meaning = meanings.get(tokens.slice(i, i + n).join(" "));
      matched = n;
    }
    if (!meaning) {
      meaning = guess(tokens[i]!);
      matched = 1;
    }
    if (!meaning) leftover.push(tokens[i]!);
    else if (meaning.kind === "specialty" && !result.specialties.includes(meaning.key)) {
      result.specialties.push(meaning.key);
    } else if (meaning.kind === "city") result.city ??= meaning.city;
    else if (meaning.kind === "nearMe") result.nearMe = true;
    i += matched;
  }
  result.words = leftover.slice(0, MAX_WORDS);
  if (leftover.length > 0) result.phrase = leftover.join(" ");
  if (tokens.length === 0 && text.trim()) result.unreadable = true;
  return result;
}

import { concepts, type ConceptId } from "./rules/concepts";

/**
 * Text normalisation and concept extraction. Pure: no locale data beyond the lexicon.
 *
 * - NFC, lower case, apostrophes joined ("can't" -> "cant"), other punctuation -> space;
 * - Devanagari: nukta dropped, chandrabindu read as anusvara, Devanagari digits read as ASCII;
 * - Latin words: doubled letters collapsed ("bukhaar" -> "bukhar", "seene" -> "sene");
 * - filler words dropped on both sides ("seene mein dard" = "seene dard" = "pain in chest" order aside);
 * - light typo tolerance: one edit on words of five letters or more (same first letter).
 */

const DEVANAGARI_DIGITS = "०१२३४५६७८९";
/** English words whose doubled letter carries the meaning ("feel" is not "fell"). */
const FOLD_EXCEPTIONS: Record<string, string> = {
  feel: "feel",
  feels: "feel",
  feeling: "feel",
  fell: "fell",
  falls: "fall",
  fallen: "fall",
};

const CLAUSE_BREAK =
  /[.,;:!?|।\n\r]+|\s(?:but|however|although|lekin|magar|parantu|लेकिन|मगर|परंतु|परन्तु)\s/gu;
/** "par" / "पर" is both "but" and "on" ("sir par chot"): it stops a negation, not a clause. */
const NEGATION_STOP = new Set(["par", "पर", "and", "aur", "और"]);

const STOPWORDS = new Set(
  [
    // English
    "a",
    "an",
    "the",
    "my",
    "his",
    "her",
    "their",
    "our",
    "your",
    "in",
    "on",
    "at",
    "of",
    "to",
    "is",
    "am",
    "are",
    "was",
    "were",
    "be",
    "been",
    "i",
    "im",
    "ive",
    "have",
    "has",
    "having",
    "it",
    "its",
    "this",
    "that",
    "some",
    "and",
    "with",
    "since",
    "for",
    "from",
    "also",
    "got",
    "get",
    "getting",
    "there",
    "he",
    "she",
    "they",
    "we",
    "me",
    "days",
    "day",
    // romanised Hindi
    "mein",
    "mai",
    "main",
    "ka",
    "ki",
    "ke",
    "ko",
    "hai",
    "hain",
    "ho",
    "hu",
    "hoon",
    "hun",
    "raha",
    "rahi",
    "rahe",
    "tha",
    "thi",
    "the",
    "aur",
    "mujhe",
    "mera",
    "meri",
    "mere",
    "muje",
    "bhi",
    "din",
    "hua",
    "hui",
    "hue",
    // Devanagari Hindi
    "में",
    "का",
    "की",
    "के",
    "को",
    "है",
    "हैं",
    "हो",
    "हूं",
    "हूँ",
    "रहा",
    "रही",
    "रहे",
    "था",
    "थी",
    "और",
    "मुझे",
    "मेरा",
    "मेरी",
    "मेरे",
    "भी",
    "दिन",
    "हुआ",
    "हुई",
    "हुए",
  ].map((w) => foldToken(w)),
);

/** Negation words; "pre" ones negate what follows, "post" ones what comes just before. */
const NEG_PRE = new Set(
  [
    "no",
    "not",
    "without",
    "denies",
    "deny",
    "never",
    "dont",
    "doesnt",
    "didnt",
    "bina",
    "बिना",
    "none",
    "nil",
  ].map((w) => foldToken(w)),
);
const NEG_POST = new Set(
  ["nahi", "nahin", "nai", "nhi", "na", "नहीं", "नही", "न"].map((w) => foldToken(w)),
);

/**
 * One word in the form terms and texts are compared in. Latin words: doubled letters collapsed
 * ("bukhaar" -> "bukhar") and a light English stem ("pulls", "pulling", "pulled" -> "pul").
 */
function foldToken(token: string): string {
  if (!/^[a-z0-9]+$/.test(token)) return token;
  if (FOLD_EXCEPTIONS[token]) return FOLD_EXCEPTIONS[token];
  let t = token.replace(/([a-z])\1+/g, "$1");
  if (t.length >= 5 && /[a-z]/.test(t)) {
    if (t.endsWith("ing") && t.length - 3 >= 3) t = t.slice(0, -3);
    else if (t.endsWith("ed") && t.length - 2 >= 3) t = t.slice(0, -2);
    else if (t.endsWith("s") && !t.endsWith("us") && !t.endsWith("is")) t = t.slice(0, -1);
  }
  return t;
}

/** One text in the engine's form: NFC, lower case, folded Devanagari, punctuation as spaces. */
export function normalizeText(text: string): string {
  let s = text.normalize("NFC").toLowerCase();
  s = s.replace(/[\u0966-\u096f]/g, (d) => String(DEVANAGARI_DIGITS.indexOf(d)));
  s = s.replace(/\u093c/g, "").replace(/\u0901/g, "\u0902");
  // Contractions as two words, so "isn't responding" is "not responding" and "can't" is "can not".
  s = s
    .replace(/\bcan['’`]?t\b|\bcannot\b/g, "can not")
    .replace(/\bwon['’`]?t\b/g, "will not")
    .replace(/\bain['’`]t\b/g, "is not")
    .replace(
      /\b(do|does|did|is|are|was|were|have|has|had|could|would|should|must)n['’`]?t\b/g,
      "$1 not",
    );
  s = s.replace(/['’`]/g, "");
  s = s.replace(/[^\p{L}\p{M}\p{N}.,;:!?|।\n\r\s]/gu, " ");
  return s.replace(/[ \t]+/g, " ").trim();
}

/** Folded tokens of one clause (filler words kept: negation needs positions; see tokensOf). */
function rawTokens(clause: string): string[] {
  return clause
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => foldToken(t.normalize("NFC")));
}

/** Tokens without filler words: the form both terms and texts are compared in. */
export function tokensOf(text: string): string[] {
  return rawTokens(normalizeText(text).replace(/[.,;:!?|।\n\r]+/g, " ")).filter(
    (t) => !STOPWORDS.has(t),
  );
}

/** Same word, allowing one typo on words of five letters or more (same first letter). */
export function sameWord(typed: string, term: string): boolean {
  if (typed === term) return true;
  // A word that is itself in the lexicon, or an everyday word, is never read as another word
  // ("cooking" is not "choking").
  if (lexiconWords.has(typed) || EVERYDAY_WORDS.has(typed)) return false;
  const chars = [...term];
  const typedChars = [...typed];
  // An inflected form of a term word: "लड़खड़ाने" for "लड़खड़ा", "painful" for "pain".
  if (
    chars.length >= 4 &&
    typedChars.length > chars.length &&
    typedChars.length - chars.length <= 4 &&
    typed.startsWith(term) &&
    !/\d/.test(term)
  ) {
    return true;
  }
  if (chars.length < 5 || typedChars.length < 5) return false;
  if (chars[0] !== typedChars[0]) return false;
  if (/\d/.test(typed) || /\d/.test(term)) return false;
  return levenshtein1(typedChars, chars);
}

function levenshtein1(a: string[], b: string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      // Two letters swapped ("diarrhoae") is one typo.
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Everyday words one letter away from a symptom word; never corrected. */
const EVERYDAY_WORDS = new Set(
  [
    "cooking",
    "looking",
    "booking",
    "walking",
    "talking",
    "working",
    "making",
    "taking",
    "coming",
    "thinking",
    "sitting",
    "standing",
    "reading",
    "playing",
    "waiting",
    "wearing",
    "washing",
    "watching",
    "shopping",
    "driving",
    "riding",
    "sweeping",
    "cleaning",
    "feeding",
    "bathing",
    "stopped",
    "stopping",
    "started",
    "starting",
    "better",
    "letter",
    "fitter",
    "matter",
    "mother",
    "father",
    "brother",
    "sister",
    "daughter",
    "heater",
    "weather",
    "water",
    "later",
    "after",
    "finger",
    "fingers",
    "hungry",
    "angry",
    "hurry",
    "worry",
    "sorry",
    "faith",
    "paint",
    "plain",
    "chess",
    "chase",
    "cheat",
    "sweet",
    "sweater",
    "sugar",
    "tongue",
    "while",
    "whole",
    "white",
    "stiff",
    "still",
    "stool",
    "stools",
    "blood",
    "bleed",
    "breed",
    "bread",
    "breath",
    "breathe",
    "scalp",
    "elbow",
    "thumb",
    "thigh",
    "cheek",
    "belly",
    "tummy",
    "spine",
    "skull",
    "brain",
    "liver",
    "heart",
    "nails",
    "mouth",
    "teeth",
    "flaky",
    "flakes",
    "sweets",
    "sleep",
    "sleepy",
    "slept",
    "weeks",
    "month",
    "months",
    "ultimate",
    "ultimately",
    "chota",
    "choti",
    "chote",
    "backward",
    "thirsty",
    "thirty",
    "forty",
    "fifty",
    "dizzy",
    "daily",
    "early",
    "every",
  ].map((w) => foldToken(w)),
);

interface CompiledTerm {
  concept: ConceptId;
  tokens: string[];
}

const compiled: CompiledTerm[] = (() => {
  const out: CompiledTerm[] = [];
  const seen = new Set<string>();
  for (const [id, def] of Object.entries(concepts)) {
    for (const term of def.terms as readonly string[]) {
      const tokens = tokensOf(term);
      if (tokens.length === 0) continue;
      const key = `${id}:${tokens.join(" ")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ concept: id as ConceptId, tokens });
    }
  }
  return out;
})();

const lexiconWords = new Set(compiled.flatMap((t) => t.tokens));

const byFirstChar = new Map<string, CompiledTerm[]>();
for (const t of compiled) {
  const first = [...t.tokens[0]!][0]!;
  const list = byFirstChar.get(first) ?? [];
  list.push(t);
  byFirstChar.set(first, list);
}

interface Match {
  concept: ConceptId;
  start: number;
  end: number; // exclusive
}

export interface Extraction {
  /** Concepts stated (with what they imply). */
  present: Set<ConceptId>;
  /** Concepts stated as absent ("no fever", "बुखार नहीं") and not also stated as present. */
  negated: Set<ConceptId>;
  /** Whether any word was placed at all. */
  matchedAny: boolean;
}

function withImplied(ids: Iterable<ConceptId>): Set<ConceptId> {
  const out = new Set<ConceptId>();
  const add = (id: ConceptId) => {
    if (out.has(id)) return;
    out.add(id);
    for (const next of (concepts[id] as { implies?: readonly string[] }).implies ?? []) {
      add(next as ConceptId);
    }
  };
  for (const id of ids) add(id);
  return out;
}

/** How many words may stand between two words of a term ("throat feels like it is closing"). */
const MAX_GAP = 2;

const isNegationWord = (t: string) => NEG_PRE.has(t) || NEG_POST.has(t);

function matchClause(tokens: string[]): Match[] {
  const found: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = [...tokens[i]!][0]!;
    for (const term of byFirstChar.get(first) ?? []) {
      if (!sameWord(tokens[i]!, term.tokens[0]!)) continue;
      let last = i;
      let ok = true;
      for (let k = 1; k < term.tokens.length && ok; k++) {
        ok = false;
        for (let p = last + 1; p < tokens.length && p <= last + 1 + MAX_GAP; p++) {
          if (sameWord(tokens[p]!, term.tokens[k]!)) {
            last = p;
            ok = true;
            break;
          }
          // Never reach over a negation: "chest, no pain" is not "chest pain".
          if (isNegationWord(tokens[p]!)) break;
        }
      }
      if (ok) found.push({ concept: term.concept, start: i, end: last + 1 });
    }
  }
  // A match inside a longer one is the longer one's word ("cold" inside "cold sweat").
  return found.filter(
    (m) =>
      !found.some(
        (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ),
  );
}

/** Body parts that place a bare "pain" / "dard" / "hurts" in the same clause. */
const BODY_PARTS: [ConceptId, string[]][] = [
  ["chest_pain", ["chest", "seene", "sine", "sina", "chhati", "chati", "सीने", "सीना", "छाती"]],
  ["abdominal_pain", ["stomach", "belly", "tummy", "abdomen", "abdominal", "pet", "pait", "पेट"]],
  ["headache", ["head", "sir", "sar", "सिर", "सर"]],
  ["back_pain", ["back", "kamar", "peeth", "कमर", "पीठ"]],
  ["sore_throat", ["throat", "gala", "gale", "गला", "गले"]],
  ["ear_pain", ["ear", "ears", "kaan", "कान"]],
  ["toothache", ["tooth", "teeth", "daant", "dant", "दांत", "दाँत"]],
  [
    "joint_pain",
    [
      "knee",
      "knees",
      "joint",
      "joints",
      "shoulder",
      "hip",
      "ankle",
      "wrist",
      "elbow",
      "ghutna",
      "ghutne",
      "ghutno",
      "kandha",
      "kandhe",
      "घुटना",
      "घुटने",
      "घुटनों",
      "कंधे",
      "जोड़",
    ],
  ],
  ["eye_pain", ["eye", "eyes", "aankh", "ankh", "आंख", "आँख"]],
  ["neck_pain", ["neck", "gardan", "गर्दन"]],
  ["testicular_pain", ["testicle", "testicles", "testis", "andkosh", "अंडकोष"]],
];
const bodyPartOf = new Map<string, ConceptId>();
for (const [concept, words] of BODY_PARTS) {
  for (const w of words) bodyPartOf.set(foldToken(normalizeText(w)), concept);
}

const FACE_OR_WHOLE = new Set(
  [
    "face",
    "chehra",
    "chehre",
    "chehara",
    "चेहरा",
    "चेहरे",
    "whole",
    "entire",
    "all",
    "poora",
    "pura",
    "poore",
    "pure",
    "पूरा",
    "पूरे",
    "सारा",
  ].map((w) => foldToken(normalizeText(w))),
);

/**
 * A bare pain next to a body part is that part's pain ("my chest hurts", "back of my head");
 * heaviness or pressure in the chest is chest pain; a burn on the face or all over is severe.
 */
function placePain(tokens: string[], matches: Match[]) {
  for (const m of matches.filter((x) => x.concept === "chest_pressure_word")) {
    const near = tokens.some(
      (t, k) => bodyPartOf.get(t) === "chest_pain" && Math.abs(k - m.start) <= 4,
    );
    if (near) m.concept = "chest_pain";
  }
  for (const m of matches.filter((x) => x.concept === "burn")) {
    if (tokens.some((t) => FACE_OR_WHOLE.has(t))) m.concept = "severe_burn";
  }
  for (const m of matches.filter((x) => x.concept === "pain")) {
    let best: { concept: ConceptId; distance: number } | null = null;
    tokens.forEach((t, k) => {
      const concept = bodyPartOf.get(t);
      if (!concept) return;
      // "back of my head / neck / knee" is that part, not the back.
      if (concept === "back_pain" && tokens[k + 1] && bodyPartOf.has(tokens[k + 1]!)) return;
      const distance = k < m.start ? m.start - k : k - (m.end - 1);
      if (distance <= 4 && (!best || distance <= best.distance)) best = { concept, distance };
    });
    if (best) m.concept = (best as { concept: ConceptId }).concept;
  }
}

const isCritical = (id: ConceptId) => (concepts[id] as { critical?: boolean }).critical === true;

/** Concepts found in a text, with negation where it is clear. */
export function extractConcepts(text: string): Extraction {
  const positive = new Set<ConceptId>();
  const negative = new Set<ConceptId>();
  let matchedAny = false;
  const clauses = normalizeText(text).split(CLAUSE_BREAK);
  for (const clause of clauses) {
    const tokens = rawTokens(clause).filter((t) => !STOPWORDS.has(t));
    if (tokens.length === 0) continue;
    const matches = matchClause(tokens);
    placePain(tokens, matches);
    if (matches.length) matchedAny = true;
    const covered = new Set<number>();
    for (const m of matches) for (let k = m.start; k < m.end; k++) covered.add(k);
    for (const m of matches) {
      let negated = false;
      // "no fever", "without sweating", "bina bukhar": a free negation word before the term.
      for (let k = m.start - 1; k >= 0 && k >= m.start - 3; k--) {
        if (covered.has(k)) continue; // a list: "no fever or cough"
        if (NEGATION_STOP.has(tokens[k]!)) break;
        if (NEG_PRE.has(tokens[k]!)) {
          const adjacent = k === m.start - 1;
          negated = adjacent || !isCritical(m.concept);
          break;
        }
      }
      // "bukhar nahi", "बुखार नहीं": a free negation word right after the term.
      const after = tokens[m.end];
      if (!negated && after !== undefined && NEG_POST.has(after) && !covered.has(m.end)) {
        negated = true;
      }
      (negated ? negative : positive).add(m.concept);
    }
  }
  const present = withImplied(positive);
  const negated = new Set([...negative].filter((id) => !present.has(id)));
  return { present, negated, matchedAny };
}

/** Whether a symptom entry names anything the engine knows. */
export function isKnownSymptom(entry: string): boolean {
  return extractConcepts(entry).matchedAny;
}

const NUM = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|ek|do|teen|char|paanch|panch|एक|दो|तीन|चार|पांच)`;
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  ek: 1,
  do: 2,
  teen: 3,
  char: 4,
  paanch: 5,
  panch: 5,
  एक: 1,
  दो: 2,
  तीन: 3,
  चार: 4,
  पांच: 5,
};
const toNumber = (s: string) => WORD_NUMBERS[s] ?? Number(s);

/** "for 10 days", "2 weeks", "3 din se", "दो हफ्ते से": the longest duration named, in days. */
export function durationFromText(text: string): number | null {
  const s = normalizeText(text);
  // "10 weeks pregnant" and "6 weeks old" are not durations of the illness.
  const notDuration = String.raw`(?![a-z])(?!\s*(?:old|pregnant|ka|ki|ke|का|की|के|garbh|गर्भ|preg))`;
  const units: [RegExp, number][] = [
    [new RegExp(`${NUM}\\s*(?:days?|din|दिन|दिनों)${notDuration}`, "gu"), 1],
    [
      new RegExp(
        `${NUM}\\s*(?:weeks?|wks?|hafte|hafta|hafton|हफ्ते|हफ्ता|हफ्तों|सप्ताह)${notDuration}`,
        "gu",
      ),
      7,
    ],
    [new RegExp(`${NUM}\\s*(?:months?|mahine|mahina|महीने|महीना|महीनों)${notDuration}`, "gu"), 30],
  ];
  let best: number | null = null;
  for (const [re, factor] of units) {
    for (const m of s.matchAll(re)) {
      const n = toNumber(m[1]!);
      if (Number.isFinite(n)) best = Math.max(best ?? 0, Math.round(n * factor));
    }
  }
  if (best === null && /\b(?:yesterday|kal se|today|aaj se)\b|कल से|आज से/u.test(s)) best = 1;
  return best;
}

/** An infant's age in months when the text says so ("6 weeks old", "2 mahine ka", "२ महीने का"). */
export function infantMonthsFromText(text: string): number | null {
  const s = normalizeText(text);
  const weeks = new RegExp(`${NUM}\\s*(?:weeks?|hafte|हफ्ते)\\s*(?:old|ka|ki|का|की)`, "u").exec(s);
  if (weeks) return toNumber(weeks[1]!) / 4.35;
  const months = new RegExp(
    `${NUM}\\s*(?:months?|mahine|mahina|महीने|महीना)\\s*(?:old|ka|ki|का|की)`,
    "u",
  ).exec(s);
  if (months) return toNumber(months[1]!);
  const days = new RegExp(`${NUM}\\s*(?:days?|din|दिन)\\s*(?:old|ka|ki|का|की)`, "u").exec(s);
  if (days) return toNumber(days[1]!) / 30;
  if (/\b(?:newborn|new born|navjaat)\b|नवजात/u.test(s)) return 0.5;
  return null;
}

/**
 * A body temperature in the text, in degrees Celsius ("temperature of 38.5", "bukhar 102",
 * "103 F", "39°C"). A bare number counts only next to a fever word or with a unit.
 */
export function temperatureFromText(text: string): number | null {
  const s = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u0966-\u096f]/g, (d) => String(DEVANAGARI_DIGITS.indexOf(d)));
  const re =
    /(temperature|temp|fever|bukh?aa?r|taap|jwar|बुखार|ताप|तापमान)?[^0-9]{0,12}?(\d{2,3}(?:[.,]\d{1,2})?)\s*(°\s*[cf]|degrees?\s*[cf]?|deg\s*[cf]?|[cf]\b)?/gu;
  let best: number | null = null;
  for (const m of s.matchAll(re)) {
    const word = m[1];
    const unit = m[3];
    if (!word && !unit) continue;
    const value = Number(m[2]!.replace(",", "."));
    let celsius: number | null = null;
    if (unit?.includes("f") || (value >= 95 && value <= 110)) celsius = (value - 32) / 1.8;
    else if (value >= 34 && value <= 43) celsius = value;
    if (celsius !== null && celsius >= 34 && celsius <= 43) best = Math.max(best ?? 0, celsius);
  }
  return best;
}

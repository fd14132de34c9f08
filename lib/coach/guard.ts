/**
 * What the coach must never answer itself: a dose, a prescription or a diagnosis. Checked on the
 * user's message before any model sees it, in English, Hindi (Devanagari) and romanised Hindi.
 * Pure and isomorphic; the table in guard.test.ts is its specification (positives and the
 * everyday questions that must pass through).
 */
export type GuardFlag = "dosing" | "prescription" | "diagnosis";

// A medicine named or implied: "how much" alone is also about water, sleep and calories.
const medicine =
  "(?:tablets?|pills?|capsules?|medicines?|medications?|meds|drugs?|syrups?|injections?|insulin|paracetamol|crocin|dolo|calpol|ibuprofen|brufen|aspirin|metformin|antibiotics?|amoxicillin|azithromycin|cetirizine|antacids?|painkillers?|steroids?|vitamin [a-z0-9]+ (?:tablets?|pills?|supplements?))";

const rules: Array<{ flag: GuardFlag; patterns: RegExp[] }> = [
  {
    flag: "dosing",
    patterns: [
      new RegExp(`\\bhow (?:much|many|often)\\b[^.?!]*\\b${medicine}`, "i"),
      new RegExp(`\\b${medicine}\\b[^.?!]*\\bhow (?:much|many|often)\\b`, "i"),
      /\b(?:dose|doses|dosage|dosing|overdose)\b/i,
      /\b\d+(?:\.\d+)?\s?(?:mg|mcg|milligrams?)\b/i,
      /\bhow many mg\b/i,
      /खुराक|डोज़|डोज/,
      /कितनी\s*(?:गोली|गोलियाँ|गोलियां|टैबलेट|दवा|दवाई|कैप्सूल)/,
      /\bkitn[ie]\s+(?:goli|goliyan|golia|tablet|tablets|dawa|dawai|davai|dava|capsule|mg)\b/i,
      /\b(?:khurak|khuraak)\b/i,
      new RegExp(`\\b(?:goli|dawai|dawa|davai|${medicine})\\b[^.?!]*\\bkitn[iea]\\b`, "i"),
    ],
  },
  {
    flag: "prescription",
    patterns: [
      /\bprescri(?:be|bed|ption)\b/i,
      new RegExp(
        `\\b(?:which|what)\\s+(?:${medicine}|medicine|tablet)\\s+(?:should|can|could|do|must)\\s+i\\b`,
        "i",
      ),
      new RegExp(`\\b(?:suggest|recommend|give)\\s+(?:me\\s+)?(?:a|an|some)?\\s*${medicine}`, "i"),
      /(?:दवा|दवाई|दवाएँ)\s*(?:लिख|बता)/,
      /(?:कौन\s*सी|कौनसी)\s*(?:दवा|दवाई|गोली|एंटीबायोटिक)/,
      /\b(?:dawai|dawa|davai|dava|medicine|goli)\s+(?:likh|batao|bataiye|bata do|suggest)/i,
      /\b(?:kaun\s*si|konsi|kon\s*si)\s+(?:dawai|dawa|davai|dava|goli|medicine|tablet|antibiotic)\b/i,
    ],
  },
  {
    flag: "diagnosis",
    patterns: [
      /\bdiagnos(?:e|is)\s+(?:me|my|this|what)\b/i,
      /\bcan you diagnose\b/i,
      /\bdo i have (?!to\b|time\b)/i,
      /\bhave i got\b/i,
      /\bam i (?:diabetic|anaemic|anemic|pregnant|sick|ill)\b/i,
      /\bwhat(?:'s| is) wrong with me\b/i,
      /\bwhat (?:disease|illness|infection|condition) (?:do|have|could|might|is it|am)\b/i,
      /\bwhat (?:disease|illness) (?:is this|is it)\b/i,
      /\bis (?:it|this) (?:cancer|tb|tuberculosis|diabetes|dengue|covid|malaria|a heart attack)\b/i,
      /(?:क्या|कौन\s*सी|कौनसी)\s*बीमारी/,
      /बीमारी\s*(?:है\s*क्या|क्या\s*है)/,
      /क्या\s*मुझे\s*.{1,30}\s*(?:हो\s*गया|हो\s*गई)\s*है/,
      /\b(?:kya|kaun\s*si|konsi|kon\s*si)\s+(?:bimari|beemari|bimaari)\b/i,
      /\b(?:bimari|beemari)\s+(?:hai\s+kya|kya\s+hai)\b/i,
      /\bmujhe\s+[a-z ]{1,30}\s+(?:ho gaya|ho gayi|ho gya)\s+(?:hai\s+)?kya\b/i,
    ],
  },
];

/** The guard that fires on a message, or null when the coach may answer it. */
export function guardMessage(text: string): GuardFlag | null {
  const normalised = text.normalize("NFC").replace(/\s+/g, " ");
  for (const rule of rules) {
    if (rule.patterns.some((pattern) => pattern.test(normalised))) return rule.flag;
  }
  return null;
}

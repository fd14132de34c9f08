/**
 * Invisible and direction-changing characters. A name or comment carrying U+202E (right-to-left
 * override) or a zero-width space reads differently from what it holds: "Dr.\u202Eevil" shows
 * reversed in a doctor's list, a calendar file or a public review, and lookalike names defeat
 * search. Isomorphic (no server imports).
 */

/** The field message (English; the forms show Validation.hiddenCharacters in the user's language). */
export const hiddenCharactersMessage =
  "must not contain invisible, control or direction characters";

// C0 controls except tab, newline and carriage return (browsers send textarea lines as CRLF),
// DEL and C1 controls, and every bidi mark, embedding, override and isolate.
const unsafeInText =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Free text shown to others (reviews, notes, clinic names): no controls, no bidi formatting. */
export const isSafeText = (s: string): boolean => !unsafeInText.test(s);

// In a name, every control and format character (zero-width space, word joiner, BOM, soft hyphen,
// bidi marks, tags ...) and line separators, except the two joiners handled below.
const unsafeInName = /[\p{Cc}\p{Zl}\p{Zp}]|(?![\u200C\u200D])\p{Cf}/u;

// Hindi and the other Indic scripts use ZERO WIDTH NON-JOINER / JOINER inside words to choose a
// conjunct's form (क्‍ष, Marathi र्‍य), and older Malayalam text ends words with virama + ZWJ
// (the chillu in അര്‍ജുന്‍, Arjun). So a joiner is accepted between two characters of
// one Indic script, or after that script's virama at the end of a word; anywhere else it only
// serves to make two identical-looking names differ.
const indicScripts: [script: RegExp, virama: string][] = [
  [/\p{Script=Devanagari}/u, "\u094D"],
  [/\p{Script=Bengali}/u, "\u09CD"],
  [/\p{Script=Gurmukhi}/u, "\u0A4D"],
  [/\p{Script=Gujarati}/u, "\u0ACD"],
  [/\p{Script=Oriya}/u, "\u0B4D"],
  [/\p{Script=Tamil}/u, "\u0BCD"],
  [/\p{Script=Telugu}/u, "\u0C4D"],
  [/\p{Script=Kannada}/u, "\u0CCD"],
  [/\p{Script=Malayalam}/u, "\u0D4D"],
  [/\p{Script=Sinhala}/u, "\u0DCA"],
];

function joinerIsInsideIndicWord(before: string | undefined, after: string | undefined): boolean {
  if (!before) return false;
  const wordEnds = after === undefined || /\s/u.test(after);
  return indicScripts.some(
    ([script, virama]) =>
      script.test(before) &&
      ((after !== undefined && script.test(after)) || (wordEnds && before === virama)),
  );
}

/** A person's name: no control or format character; ZWJ/ZWNJ only inside a word of one Indic script. */
export function isSafeName(s: string): boolean {
  if (unsafeInName.test(s)) return false;
  const chars = [...s];
  return chars.every(
    (c, i) =>
      (c !== "\u200C" && c !== "\u200D") || joinerIsInsideIndicWord(chars[i - 1], chars[i + 1]),
  );
}

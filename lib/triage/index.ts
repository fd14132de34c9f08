/**
 * The triage engine: pure, deterministic and isomorphic (no server, database or framework imports).
 * Red flags first; then follow-up questions; then an assessment. Rules are data in ./rules.
 */
import {
  assessContext,
  contextFor,
  localisedQuestion,
  planFor,
  reasonFor,
  redFlagFromText,
  unknownSymptoms,
} from "./engine";
import type {
  Assessment,
  RedFlagHit,
  TriageAnswers,
  TriageInput,
  TriageLocale,
  TriageQuestion,
  TriageSex,
  UnknownSymptom,
} from "./types";

export { RULES_VERSION } from "./rules/version";
export type * from "./types";
export { bodyAreas } from "./types";

/** First look at a new check: unknown entries, an emergency at once, or the questions to ask. */
export function startCheck(
  input: TriageInput,
  locale: TriageLocale,
): { unknown: UnknownSymptom[]; assessment: Assessment | null; questions: TriageQuestion[] } {
  const unknown = unknownSymptoms(input);
  const ctx = contextFor(input);
  const assessment = assessContext(ctx, locale);
  if (assessment.severity === "emergency") return { unknown, assessment, questions: [] };
  return { unknown, assessment: null, questions: planFor(input, {}, locale) };
}

/** The questions still worth asking, most useful first; [] when done or a red flag showed. */
export function planQuestions(
  input: TriageInput,
  answers: TriageAnswers,
  locale: TriageLocale,
): TriageQuestion[] {
  return planFor(input, answers, locale);
}

/** The assessment from what is known (answers may be partial or empty). Red flags first. */
export function assess(
  input: TriageInput,
  answers: TriageAnswers,
  locale: TriageLocale,
): Assessment {
  return assessContext(contextFor(input, answers), locale);
}

/** A question by id in a locale, or null. */
export function questionById(id: string, locale: TriageLocale): TriageQuestion | null {
  return localisedQuestion(id, locale);
}

/** Red-flag rules over free text alone (the coach's guard). Reason in English. */
export function findRedFlag(
  text: string,
  context?: { age?: number; sex?: TriageSex },
): RedFlagHit | null {
  return redFlagFromText(text, context ?? {}, "en");
}

/** A red flag's reason in a locale, by rule id. */
export function redFlagReason(ruleId: string, locale: TriageLocale): string {
  return reasonFor(ruleId, locale);
}

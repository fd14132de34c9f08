import type { ActionResult } from "@/lib/actions/result";
import type { AssessmentDto } from "@/lib/symptom-checks/schemas";

/**
 * What the symptom checker's actions answer: the usual action result, plus the assessment of a
 * signed-out check, which is shown once from this answer (nothing is kept to show it again).
 */
export interface CheckerResult extends ActionResult {
  assessment?: AssessmentDto;
}
export type CheckerState = CheckerResult | null;
export type CheckerAction = (prev: CheckerState, form: FormData) => Promise<CheckerResult>;

/** One answer as the question pages carry it in links and hidden fields: `questionId:optionId`. */
export function encodeAnswer(a: { questionId: string; answer: string }): string {
  return `${a.questionId}:${a.answer}`;
}

/** `questionId:optionId` -> the answer, or null for anything else. */
export function decodeAnswer(value: string): { questionId: string; answer: string } | null {
  const at = value.lastIndexOf(":");
  if (at <= 0 || at === value.length - 1) return null;
  return { questionId: value.slice(0, at), answer: value.slice(at + 1) };
}

/** The page of a check with the answers so far in its query (`?a=q:o&a=q:o`). */
export function checkHref(id: string, answers: { questionId: string; answer: string }[]): string {
  const qs = new URLSearchParams(answers.map((a) => ["a", encodeAnswer(a)])).toString();
  return qs ? `/symptom-checker/${id}?${qs}` : `/symptom-checker/${id}`;
}

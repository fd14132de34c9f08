import "server-only";
import { findRedFlag, redFlagReason } from "@/lib/triage";
import type { AppLocale } from "@/lib/i18n/config";
import type { CoachContext } from "./context";
import { coachCopy } from "./copy";

/**
 * The symptom checker's red-flag rules over the message (chest pain with sweating, stroke signs,
 * a baby's fever...), with the person's age and sex when known: the reason to show on the 108
 * card, in the conversation's language, or null. Thoughts of suicide also get the national
 * mental-health line, which answers round the clock.
 */
export function emergencyReason(
  text: string,
  context: Pick<CoachContext, "age" | "gender">,
  locale: AppLocale,
): string | null {
  const hit = findRedFlag(text, {
    ...(context.age !== null ? { age: context.age } : {}),
    ...(context.gender ? { sex: context.gender } : {}),
  });
  if (!hit) return null;
  const reason = redFlagReason(hit.ruleId, locale);
  return hit.ruleId === "rf_suicide" ? `${reason} ${coachCopy(locale).teleManas}` : reason;
}

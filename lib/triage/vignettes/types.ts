import type { SpecialtyKey } from "@/lib/doctors/specialties";
import type { SymptomSeverity, TriageAnswers, TriageInput, TriageLocale } from "../types";

/**
 * A clinical vignette: a short case written from a public source, the way a patient or parent would
 * type it, with the disposition that source gives. `answers` are the case's facts for the questions
 * the checker may ask (by question id); questions the case says nothing about are left unanswered,
 * and the run stops there and assesses with what it has.
 *
 * Severity mapping from the sources: NHS "call 999" / IMCI "urgent referral" / MoHFW "call 108" ->
 * emergency; NHS "go to A&E" or "urgent GP / 111 today" / Semigran "emergent" that is not life-
 * threatening within minutes -> urgent; "see a GP" / Semigran "non-emergent" -> see_doctor; NHS
 * "self-care" or "ask a pharmacist" / Semigran "self-care" -> self_care.
 */
export interface Vignette {
  id: string;
  source: string;
  group: "adult" | "child" | "pregnancy" | "elderly";
  locale: TriageLocale;
  input: TriageInput;
  answers?: TriageAnswers;
  expected: { severity: SymptomSeverity; specialty: SpecialtyKey };
}

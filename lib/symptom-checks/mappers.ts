import type { SymptomCheckRow, SymptomFollowUp } from "@/db/schema/symptom-checks";
import type { Assessment, TriageLocale, TriageQuestion } from "@/lib/triage/types";
import type { AssessmentDto, FollowUpQuestionDto, SymptomCheckDto } from "./schemas";

/** The app's locale as the triage engine takes it (it speaks English and Hindi). */
export function triageLocaleOf(locale: string | null | undefined): TriageLocale {
  return locale === "hi" ? "hi" : "en";
}

/** A question as the API sends it. */
export function toFollowUpQuestionDto(q: TriageQuestion): FollowUpQuestionDto {
  return { id: q.id, text: q.text, options: q.options.map((o) => ({ id: o.id, label: o.label })) };
}

/** The engine's assessment as it leaves the server (rule ids stay inside). */
export function toAssessmentDto(a: Assessment): AssessmentDto {
  return {
    severity: a.severity,
    possibleConditions: a.possibleConditions.map((c) => ({
      name: c.name,
      likelihood: c.likelihood,
    })),
    recommendedSpecialty: a.recommendedSpecialty,
    advice: [...a.advice],
    redFlags: [...a.redFlags],
    summary: a.summary,
    disclaimer: a.disclaimer,
    emergencyAction: a.emergencyAction
      ? { call: [...a.emergencyAction.call], text: a.emergencyAction.text }
      : null,
    rulesVersion: a.rulesVersion,
  };
}

// The two texts a stored check does not keep in columns; restated in the check's language.
const disclaimers: Record<TriageLocale, string> = {
  en: "This is guidance, not a diagnosis. If you feel worse or are worried, see a doctor; in an emergency call 108.",
  hi: "यह केवल मार्गदर्शन है, निदान नहीं। तबीयत बिगड़े या चिंता हो तो डॉक्टर को दिखाएँ; आपात स्थिति में 108 पर कॉल करें।",
};
const emergencyTexts: Record<TriageLocale, string> = {
  en: "Call 108 (ambulance) now, or 112. Do not wait and do not drive yourself.",
  hi: "अभी 108 (एम्बुलेंस) या 112 पर कॉल करें। इंतज़ार न करें और खुद गाड़ी न चलाएँ।",
};

/** The stored columns of an assessment (one update writes them all). */
export function assessmentColumns(a: Assessment) {
  return {
    severity: a.severity,
    possibleConditions: a.possibleConditions.map((c) => ({
      name: c.name,
      likelihood: c.likelihood,
    })),
    recommendedSpecialty: a.recommendedSpecialty,
    summary: a.summary,
    advice: [...a.advice],
    redFlags: [...a.redFlags],
    rulesVersion: a.rulesVersion,
  };
}

export type SymptomCheckViewRow = Pick<
  SymptomCheckRow,
  | "uuid"
  | "status"
  | "symptoms"
  | "freeText"
  | "age"
  | "sex"
  | "durationDays"
  | "bodyArea"
  | "locale"
  | "followUp"
  | "severity"
  | "possibleConditions"
  | "recommendedSpecialty"
  | "summary"
  | "advice"
  | "redFlags"
  | "rulesVersion"
  | "createdAt"
  | "completedAt"
>;

/** A stored assessment, or null while the check is in progress. */
export function storedAssessment(row: SymptomCheckViewRow): AssessmentDto | null {
  if (row.status === "in_progress" || !row.severity || !row.recommendedSpecialty) return null;
  const locale = triageLocaleOf(row.locale);
  return {
    severity: row.severity,
    possibleConditions: row.possibleConditions ?? [],
    recommendedSpecialty: row.recommendedSpecialty,
    advice: row.advice,
    redFlags: row.redFlags,
    summary: row.summary ?? "",
    disclaimer: disclaimers[locale],
    emergencyAction:
      row.severity === "emergency" ? { call: ["108", "112"], text: emergencyTexts[locale] } : null,
    rulesVersion: row.rulesVersion ?? "",
  };
}

/** One check as its owner sees it. */
export function toSymptomCheckDto(row: SymptomCheckViewRow): SymptomCheckDto {
  return {
    id: row.uuid,
    status: row.status,
    symptoms: row.symptoms,
    description: row.freeText,
    age: row.age,
    sex: row.sex,
    durationDays: row.durationDays,
    bodyArea: row.bodyArea,
    locale: row.locale,
    followUp: row.followUp.map((f: SymptomFollowUp) => ({
      questionId: f.id,
      question: f.question,
      answer: f.answer ?? null,
    })),
    assessment: storedAssessment(row),
    booked: row.status === "booked",
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
  };
}

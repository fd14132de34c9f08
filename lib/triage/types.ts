import type { SymptomSeverity } from "@/db/schema/symptom-checks";
import type { SpecialtyKey } from "@/lib/doctors/specialties";

/**
 * The triage engine's public shapes. The engine is pure and deterministic: the same input,
 * answers and rules version always give the same questions and the same assessment.
 */

export type TriageLocale = "en" | "hi";
export type TriageSex = "male" | "female" | "other";
export type { SymptomSeverity };

/** Where it hurts; the page's body-area pick. */
export const bodyAreas = [
  "head",
  "eyes_ears_nose_throat",
  "chest",
  "abdomen",
  "back",
  "arms_legs",
  "skin",
  "pelvis_urinary",
  "mind",
  "whole_body",
] as const;
export type BodyArea = (typeof bodyAreas)[number];

export interface TriageInput {
  /** Chips or typed words, English, Devanagari Hindi or romanised Hindi ("bukhar"). */
  symptoms: string[];
  /** Free text in any of the same languages. */
  description?: string | null;
  age: number;
  sex: TriageSex;
  durationDays?: number | null;
  bodyArea?: BodyArea | null;
}

/** Answers so far, by question id; the value is one of the question's option ids. */
export type TriageAnswers = Readonly<Record<string, string>>;

export interface TriageQuestion {
  id: string;
  text: string;
  options: { id: string; label: string }[];
}

export interface PossibleConditionDto {
  name: string;
  /** A likelihood word, never a number: "possible", "likely", "less likely" (localised). */
  likelihood: string;
}

/** What to do right now for an emergency: the numbers to call, in order. */
export interface EmergencyAction {
  call: ["108", "112"];
  text: string;
}

export interface Assessment {
  severity: SymptomSeverity;
  possibleConditions: PossibleConditionDto[];
  recommendedSpecialty: SpecialtyKey;
  advice: string[];
  redFlags: string[];
  summary: string;
  /** Always present: guidance, not a diagnosis. */
  disclaimer: string;
  /** Present exactly when severity is emergency. */
  emergencyAction: EmergencyAction | null;
  /** Ids of the rules that decided the result (stored for review, never shown). */
  ruleIds: string[];
  rulesVersion: string;
}

/** Words the engine could not place (the API answers 422 for them). */
export interface UnknownSymptom {
  index: number;
  text: string;
}

/** A red flag found in text (the coach's guard uses this before anything else). */
export interface RedFlagHit {
  ruleId: string;
  /** The localised reason shown on the 108 card. */
  reason: string;
}

import type { SpecialtyKey } from "@/lib/doctors/specialties";
import type { SymptomSeverity, TriageSex } from "../types";
import type { ConceptId } from "./concepts";

/** A text in both languages. Every clinical string in the rules is one of these. */
export interface Bilingual {
  en: string;
  hi: string;
}

/**
 * One condition over what is known. Every field that is set must hold:
 * - all: every concept present; any: at least one present; any2: at least one of a second group;
 *   none: none present;
 * - minAge/maxAge in years (maxAge exclusive); maxAgeMonths for infants (exclusive);
 * - sex; pregnant; minDays/maxDays (maxDays exclusive; an unknown duration fails minDays and passes
 *   maxDays unless daysKnown is true).
 */
export interface Cond {
  all?: readonly ConceptId[];
  any?: readonly ConceptId[];
  any2?: readonly ConceptId[];
  none?: readonly ConceptId[];
  minAge?: number;
  maxAge?: number;
  maxAgeMonths?: number;
  sex?: TriageSex;
  pregnant?: boolean;
  minDays?: number;
  maxDays?: number;
  daysKnown?: boolean;
}

export interface RedFlagRule {
  id: string;
  /** The public source the rule follows. */
  source: string;
  /** Any of these conditions fires the rule. */
  when: readonly Cond[];
  reason: Bilingual;
  /** Who sees it after the emergency care. */
  specialty: SpecialtyKey;
  possible: readonly Bilingual[];
  /** What to do while waiting for help (never a medicine or a dose). */
  firstAid: readonly Bilingual[];
}

export type Likelihood = "likely" | "possible" | "less_likely";

export interface CareRule {
  id: string;
  source: string;
  when: readonly Cond[];
  severity: Exclude<SymptomSeverity, "emergency">;
  specialty: SpecialtyKey;
  conditions: readonly { name: Bilingual; likelihood: Likelihood }[];
  advice: readonly Bilingual[];
  watch: readonly Bilingual[];
}

export interface QuestionOption {
  id: string;
  label: Bilingual;
  /** Concepts this answer states. */
  adds?: readonly ConceptId[];
  /** Concepts this answer rules out. */
  negates?: readonly ConceptId[];
  /** A duration answer, in days. */
  days?: number;
  /** The least severity this answer allows ("not sure" about a danger sign escalates). */
  floor?: Exclude<SymptomSeverity, "emergency">;
}

export interface QuestionRule {
  id: string;
  source: string;
  text: Bilingual;
  /** Higher is asked first. */
  priority: number;
  /** Asked when any of these holds. */
  when: readonly Cond[];
  /** Not asked when one of these is already known present, or all of them known absent. */
  about?: readonly ConceptId[];
  /** Only asked while the duration is unknown. */
  needsUnknownDays?: boolean;
  options: readonly QuestionOption[];
}

import "server-only";
import { and, eq, isNull, or } from "drizzle-orm";
import { symptomChecks } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { bodyAreas, type BodyArea, type TriageInput } from "@/lib/triage/types";

// Shared by the reads and the writes of symptom checks. Internal: no door calls these.

/** The engine's input from the stored or submitted check. */
export function triageInputOf(input: {
  symptoms: string[];
  description?: string | null;
  age: number;
  sex: TriageInput["sex"];
  durationDays?: number | null;
  bodyArea?: TriageInput["bodyArea"];
}): TriageInput {
  return {
    symptoms: input.symptoms,
    description: input.description ?? null,
    age: input.age,
    sex: input.sex,
    durationDays: input.durationDays ?? null,
    bodyArea: input.bodyArea ?? null,
  };
}

/** Which stored checks the actor may reach: their own, and signed-out ones (held by their id). */
export function reachableBy(actor: Actor | null) {
  return actor
    ? or(eq(symptomChecks.userId, actor.userId), isNull(symptomChecks.userId))
    : isNull(symptomChecks.userId);
}

/** The engine's input from a stored row (age and sex are always stored; the defaults never apply). */
export function storedInput(row: {
  symptoms: string[];
  freeText: string | null;
  age: number | null;
  sex: TriageInput["sex"] | null;
  durationDays: number | null;
  bodyArea: string | null;
}): TriageInput {
  return triageInputOf({
    symptoms: row.symptoms,
    description: row.freeText,
    age: row.age ?? 30,
    sex: row.sex ?? "other",
    durationDays: row.durationDays,
    bodyArea: (bodyAreas as readonly string[]).includes(row.bodyArea ?? "")
      ? (row.bodyArea as BodyArea)
      : null,
  });
}

/** The actor's own finished check, not yet booked: the one a booking may share. */
export function shareableBy(actor: Actor, uuid: string) {
  return and(
    eq(symptomChecks.uuid, uuid),
    eq(symptomChecks.userId, actor.userId),
    eq(symptomChecks.status, "completed"),
  );
}

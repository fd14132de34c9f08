import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { symptomChecks } from "@/db/schema";
import type { SymptomFollowUp } from "@/db/schema/symptom-checks";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/access/owner";
import { AppError, type FieldError } from "@/lib/errors";
import { addressForLimits } from "@/lib/http/client-ip";
import { enforceRateLimit, GLOBAL_KEY } from "@/lib/rate-limit";
import { assess, questionById, RULES_VERSION, startCheck } from "@/lib/triage";
import type { TriageAnswers, TriageInput, TriageLocale } from "@/lib/triage/types";
import { isUuid } from "@/lib/validation/ids";
import { assessmentColumns, toAssessmentDto, toFollowUpQuestionDto } from "./mappers";
import { reachableBy, storedInput, triageInputOf } from "./rows";
import type {
  AnswerSymptomCheckInput,
  AnsweredSymptomCheckDto,
  CreatedSymptomCheckDto,
  CreateSymptomCheckInput,
} from "./schemas";

export interface SymptomCheckOptions {
  now?: Date;
  /** The caller's address as vouched for (lib/http/client-ip): signed-out checks are limited by it. */
  clientIp?: string;
}

/** Counted before the engine runs: per user when signed in, else per address (or all guests). */
async function limitStarts(actor: Actor | null, clientIp: string | undefined): Promise<void> {
  if (actor) return enforceRateLimit("symptom_check_user", String(actor.userId));
  const address = clientIp ? addressForLimits(clientIp) : undefined;
  if (address) return enforceRateLimit("symptom_check_ip", address);
  return enforceRateLimit("symptom_check_global", GLOBAL_KEY);
}

const unrecognised = (errors: FieldError[]) =>
  new AppError(
    "validation_failed",
    "Some symptoms were not recognised. Describe them in your own words in the description; if this is an emergency, call 108.",
    { errors },
  );

/**
 * Starts a symptom check (signed in or not). Unless a red flag shows, symptom entries the
 * engine cannot place are 422 at `symptoms.N`, and so is input in which nothing at all is
 * recognised. A red flag finishes the check at once with the emergency assessment and no question. A signed-in user's check is kept
 * (their history); a signed-out check is kept only while in progress, so an emergency one is never
 * stored at all (its id then answers 404).
 */
export async function createSymptomCheck(
  actor: Actor | null,
  input: CreateSymptomCheckInput,
  locale: TriageLocale,
  options: SymptomCheckOptions = {},
): Promise<CreatedSymptomCheckDto> {
  await limitStarts(actor, options.clientIp);
  const now = options.now ?? new Date();
  const triageInput = triageInputOf(input);
  const started = startCheck(triageInput, locale);
  // Red flags first: an emergency is answered even when some other words were not recognised.
  if (!started.assessment) {
    if (started.unknown.length > 0) {
      throw unrecognised(
        started.unknown.map((u) => ({
          path: `symptoms.${u.index}`,
          message: `we don't recognise "${u.text}"; describe it in the description instead`,
        })),
      );
    }
    if (started.questions.length === 0 && nothingRecognised(triageInput, locale)) {
      throw unrecognised([
        {
          path: input.symptoms.length > 0 ? "symptoms" : "description",
          message: "no symptom we know was found; describe what you feel in other words",
        },
      ]);
    }
  }

  const base = {
    symptoms: input.symptoms,
    freeText: input.description ?? null,
    age: input.age,
    sex: input.sex,
    durationDays: input.durationDays ?? null,
    bodyArea: input.bodyArea ?? null,
    locale,
    rulesVersion: RULES_VERSION,
  };

  if (started.assessment) {
    const assessment = toAssessmentDto(started.assessment);
    if (!actor) return { id: randomUUID(), followUpQuestions: [], assessment };
    const [row] = await db
      .insert(symptomChecks)
      .values({
        ...base,
        userId: actor.userId,
        ...assessmentColumns(started.assessment),
        status: "completed",
        completedAt: now,
      })
      .returning({ uuid: symptomChecks.uuid });
    return { id: row!.uuid, followUpQuestions: [], assessment };
  }

  const [row] = await db
    .insert(symptomChecks)
    .values({ ...base, userId: actor?.userId ?? null, createdAt: now, updatedAt: now })
    .returning({ uuid: symptomChecks.uuid });
  return {
    id: row!.uuid,
    followUpQuestions: started.questions.map(toFollowUpQuestionDto),
    assessment: null,
  };
}

/**
 * Whether the engine found nothing it knows in the input. Listed symptoms are known one by one
 * (unknown ones are refused before this); a description alone is asked about the same way, as one
 * entry, so only the engine's public interface is used.
 */
function nothingRecognised(input: TriageInput, locale: TriageLocale): boolean {
  if (input.symptoms.length > 0) return false;
  const probe = startCheck({ ...input, symptoms: [input.description ?? ""] }, locale);
  return probe.unknown.length > 0;
}

/**
 * The answers as the engine takes them, or the 422 naming each bad one: an unknown question id
 * (`answers.N.questionId`), an answer that is not one of its options (`answers.N.answer`).
 */
export function validateAnswers(
  answers: AnswerSymptomCheckInput["answers"],
  locale: TriageLocale,
): { record: TriageAnswers; followUp: SymptomFollowUp[] } {
  const errors: FieldError[] = [];
  const record: Record<string, string> = {};
  const followUp: SymptomFollowUp[] = [];
  answers.forEach((a, i) => {
    const question = questionById(a.questionId, locale);
    if (!question) {
      errors.push({ path: `answers.${i}.questionId`, message: "is not a question of this check" });
      return;
    }
    if (a.questionId in record) {
      errors.push({ path: `answers.${i}.questionId`, message: "is answered twice" });
      return;
    }
    const option = question.options.find((o) => o.id === a.answer);
    if (!option) {
      errors.push({
        path: `answers.${i}.answer`,
        message: `must be one of: ${question.options.map((o) => o.id).join(", ")}`,
      });
      return;
    }
    record[a.questionId] = a.answer;
    followUp.push({
      id: question.id,
      question: question.text,
      options: question.options.map((o) => o.label),
      answer: option.label,
    });
  });
  if (errors.length > 0) {
    throw new AppError("validation_failed", "Some answers are not valid.", { errors });
  }
  return { record, followUp };
}

/**
 * Finishes a check with the answers given (an empty list assesses with what is known): the
 * answers, the assessment and its rules version are written in one update. Owner only (a
 * signed-out check: whoever holds its id); someone else's is 404, a finished one 409. A
 * signed-out check is deleted as it finishes: the answer carries the assessment, nothing is kept.
 */
export async function answerSymptomCheck(
  actor: Actor | null,
  uuid: string,
  input: AnswerSymptomCheckInput,
  locale: TriageLocale,
  options: SymptomCheckOptions = {},
): Promise<AnsweredSymptomCheckDto> {
  const now = options.now ?? new Date();
  if (!isUuid(uuid)) throw notFound("symptom check");
  const { record, followUp } = validateAnswers(input.answers, locale);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: symptomChecks.id,
        userId: symptomChecks.userId,
        status: symptomChecks.status,
        symptoms: symptomChecks.symptoms,
        freeText: symptomChecks.freeText,
        age: symptomChecks.age,
        sex: symptomChecks.sex,
        durationDays: symptomChecks.durationDays,
        bodyArea: symptomChecks.bodyArea,
      })
      .from(symptomChecks)
      .where(and(eq(symptomChecks.uuid, uuid), reachableBy(actor)))
      .limit(1)
      .for("update");
    if (!row) throw notFound("symptom check");
    if (row.status !== "in_progress") {
      throw new AppError("conflict", "This symptom check is already finished.");
    }
    const assessment = assess(storedInput(row), record, locale);
    if (row.userId === null) {
      await tx.delete(symptomChecks).where(eq(symptomChecks.id, row.id));
    } else {
      await tx
        .update(symptomChecks)
        .set({
          followUp,
          ...assessmentColumns(assessment),
          locale,
          status: "completed",
          completedAt: now,
          updatedAt: now,
        })
        .where(eq(symptomChecks.id, row.id));
    }
    return { id: uuid, assessment: toAssessmentDto(assessment) };
  });
}

/**
 * Deletes signed-out checks left in progress for more than 24 hours (started, never finished):
 * the daily cleanup. Returns how many went.
 */
export async function purgeAbandonedGuestChecks(now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 3_600_000);
  const rows = await db
    .delete(symptomChecks)
    .where(
      and(
        isNull(symptomChecks.userId),
        eq(symptomChecks.status, "in_progress"),
        lt(symptomChecks.createdAt, cutoff),
      ),
    )
    .returning({ id: symptomChecks.id });
  return rows.length;
}

import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { symptomChecks } from "@/db/schema";
import type { Page } from "@/lib/api/pagination";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/access/owner";
import { planQuestions, questionById } from "@/lib/triage";
import type { TriageLocale } from "@/lib/triage/types";
import { isUuid } from "@/lib/validation/ids";
import { toFollowUpQuestionDto, toSymptomCheckDto } from "./mappers";
import type { FollowUpQuestionDto, ListSymptomChecksQuery, SymptomCheckDto } from "./schemas";
import { reachableBy, shareableBy, storedInput } from "./rows";

const viewColumns = {
  uuid: symptomChecks.uuid,
  status: symptomChecks.status,
  symptoms: symptomChecks.symptoms,
  freeText: symptomChecks.freeText,
  age: symptomChecks.age,
  sex: symptomChecks.sex,
  durationDays: symptomChecks.durationDays,
  bodyArea: symptomChecks.bodyArea,
  locale: symptomChecks.locale,
  followUp: symptomChecks.followUp,
  severity: symptomChecks.severity,
  possibleConditions: symptomChecks.possibleConditions,
  recommendedSpecialty: symptomChecks.recommendedSpecialty,
  summary: symptomChecks.summary,
  advice: symptomChecks.advice,
  redFlags: symptomChecks.redFlags,
  rulesVersion: symptomChecks.rulesVersion,
  createdAt: symptomChecks.createdAt,
  completedAt: symptomChecks.completedAt,
};

/**
 * My symptom checks, newest first (my history), unfinished ones included so I can go on with
 * them. Signed-out checks belong to nobody and never appear here.
 */
export async function listSymptomChecks(
  actor: Actor,
  query: ListSymptomChecksQuery,
): Promise<Page<SymptomCheckDto>> {
  const mine = eq(symptomChecks.userId, actor.userId);
  const [rows, total] = await Promise.all([
    db
      .select(viewColumns)
      .from(symptomChecks)
      .where(mine)
      .orderBy(desc(symptomChecks.createdAt), desc(symptomChecks.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.$count(symptomChecks, mine),
  ]);
  return {
    data: rows.map(toSymptomCheckDto),
    meta: { page: query.page, pageSize: query.pageSize, total },
  };
}

/**
 * One check: my own, or a signed-out one still in progress for whoever holds its id. Anyone
 * else's is 404.
 */
export async function getSymptomCheck(actor: Actor | null, uuid: string): Promise<SymptomCheckDto> {
  if (!isUuid(uuid)) throw notFound("symptom check");
  const [row] = await db
    .select(viewColumns)
    .from(symptomChecks)
    .where(and(eq(symptomChecks.uuid, uuid), reachableBy(actor)))
    .limit(1);
  if (!row) throw notFound("symptom check");
  return toSymptomCheckDto(row);
}

/** Where a check in progress stands, for the page that asks one question at a time. */
export interface SymptomCheckProgress {
  check: SymptomCheckDto;
  /** A signed-out check: deleted as it finishes, so its result can be shown only once. */
  guest: boolean;
  /** The answers that were valid, in the order given (the page's "Back" drops the last). */
  answers: { questionId: string; answer: string }[];
  /** The questions still worth asking; the page asks the first. [] when it may be finished. */
  questions: FollowUpQuestionDto[];
}

/**
 * A check in progress with the answers given so far (carried by the page, not stored until it
 * finishes): which of them stand, and what to ask next. Unknown questions or options are left out.
 * Same access as getSymptomCheck.
 */
export async function getSymptomCheckProgress(
  actor: Actor | null,
  uuid: string,
  given: { questionId: string; answer: string }[],
  locale: TriageLocale,
): Promise<SymptomCheckProgress> {
  if (!isUuid(uuid)) throw notFound("symptom check");
  const [row] = await db
    .select({ ...viewColumns, userId: symptomChecks.userId })
    .from(symptomChecks)
    .where(and(eq(symptomChecks.uuid, uuid), reachableBy(actor)))
    .limit(1);
  if (!row) throw notFound("symptom check");
  const check = toSymptomCheckDto(row);
  const guest = row.userId === null;
  if (row.status !== "in_progress") return { check, guest, answers: [], questions: [] };
  const answers: SymptomCheckProgress["answers"] = [];
  const record: Record<string, string> = {};
  for (const a of given.slice(0, 20)) {
    const q = questionById(a.questionId, locale);
    if (!q || a.questionId in record || !q.options.some((o) => o.id === a.answer)) continue;
    record[a.questionId] = a.answer;
    answers.push(a);
  }
  const questions = planQuestions(storedInput(row), record, locale).map(toFollowUpQuestionDto);
  return { check, guest, answers, questions };
}

/**
 * The check a booking may share (from `?check=` on the booking page): my own, finished and not
 * yet booked; otherwise null (a stale or foreign id is simply not offered).
 */
export async function shareableCheck(
  actor: Actor,
  uuid: string | undefined,
): Promise<{ id: string; summary: string } | null> {
  if (!uuid || !isUuid(uuid)) return null;
  const [row] = await db
    .select({ uuid: symptomChecks.uuid, summary: symptomChecks.summary })
    .from(symptomChecks)
    .where(shareableBy(actor, uuid))
    .limit(1);
  return row ? { id: row.uuid, summary: row.summary ?? "" } : null;
}

import { defineOperation } from "@/lib/api/operation";
import {
  answeredSymptomCheckSchema,
  answerSymptomCheckSchema,
  createdSymptomCheckSchema,
  createSymptomCheckSchema,
  listSymptomChecksQuerySchema,
  symptomCheckIdParamsSchema,
  symptomCheckSchema,
} from "./schemas";

const languageNote =
  "Questions and assessments are in English or Hindi, by the Accept-Language header (hi for Hindi).";

/** Symptom checks: the declarations apiRoute serves and the OpenAPI document lists. */
export const symptomCheckOperations = {
  create: defineOperation({
    method: "post",
    path: "/symptom-checks",
    summary: "Start a symptom check: follow-up questions, or at once an emergency assessment",
    description: [
      "Signed in or not. Symptoms are plain words in English or Hindi; each entry the triage engine",
      "does not recognise is 422 at `symptoms.N` (describe it in `description` instead), and so is",
      "input in which nothing is recognised. A red flag (e.g. chest pain with sweating, stroke signs,",
      "severe breathing trouble) answers with `assessment` (severity `emergency`, call 108/112) and no",
      "questions. A signed-out check is kept only while in progress and never listed; an emergency one",
      "is not stored at all. Limited per user, or per client address when signed out.",
      languageNote,
    ].join(" "),
    tag: "Symptom checks",
    auth: "optional",
    body: createSymptomCheckSchema,
    response: { status: 201, schema: createdSymptomCheckSchema },
    errors: [400, 415, 422, 429],
  }),
  answer: defineOperation({
    method: "post",
    path: "/symptom-checks/{id}/answers",
    summary: "Answer the follow-up questions and get the assessment; finishes the check",
    description: [
      "An empty `answers` list assesses with what is known. Each answer is a question id and one of",
      "its option ids (422 at `answers.N.questionId` / `answers.N.answer` otherwise). The owner only",
      "(a signed-out check: whoever holds its id); anyone else's is 404, a finished check 409. A",
      "signed-out check is deleted as it finishes: this answer is the only copy of its assessment.",
      "Every assessment says it is guidance, not a diagnosis.",
      languageNote,
    ].join(" "),
    tag: "Symptom checks",
    auth: "optional",
    params: symptomCheckIdParamsSchema,
    body: answerSymptomCheckSchema,
    response: { status: 200, schema: answeredSymptomCheckSchema },
    errors: [400, 404, 409, 415, 422],
  }),
  list: defineOperation({
    method: "get",
    path: "/symptom-checks",
    summary: "My symptom checks, newest first (signed-out checks are never listed)",
    tag: "Symptom checks",
    auth: "user",
    query: listSymptomChecksQuerySchema,
    response: { status: 200, schema: symptomCheckSchema, list: true },
    errors: [401, 422],
  }),
  get: defineOperation({
    method: "get",
    path: "/symptom-checks/{id}",
    summary: "One symptom check: mine, or a signed-out one still in progress (held by its id)",
    tag: "Symptom checks",
    auth: "optional",
    params: symptomCheckIdParamsSchema,
    response: { status: 200, schema: symptomCheckSchema },
    errors: [404],
  }),
};

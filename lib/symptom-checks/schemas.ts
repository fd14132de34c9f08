import { z } from "zod";
import { paginationSchema } from "@/lib/api/pagination";
import { specialtyKeys } from "@/lib/doctors/specialties";
import { bodyAreas } from "@/lib/triage/types";
import { genderValues } from "@/lib/validation/enums";
import { text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

export const symptomSeverityValues = ["self_care", "see_doctor", "urgent", "emergency"] as const;
export const symptomCheckStatusValues = ["in_progress", "completed", "booked"] as const;

export const maxSymptoms = 20;
export const maxDescription = 2000;
export const maxAnswers = 20;

const wholeNumber = (min: number, max: number) =>
  z
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/**
 * Body of `POST /symptom-checks`. Symptoms are plain words (chips or typed, English or Hindi);
 * at least one symptom, or a description when none is listed (the page's text box alone is enough).
 */
export const createSymptomCheckSchema = z
  .object({
    symptoms: z
      .array(text(1, 100), { message: "must be a list of symptoms" })
      .max(maxSymptoms, `must list at most ${maxSymptoms} symptoms`)
      .default([])
      .describe('plain words in English or Hindi, e.g. "chest pain", "बुखार"'),
    description: text(0, maxDescription)
      .optional()
      .transform((s) => (s ? s : undefined))
      .describe("free text in English or Hindi"),
    age: wholeNumber(0, 120).describe("years; 0 for a baby under one"),
    sex: z.enum(genderValues, { message: "must be male, female or other" }),
    durationDays: wholeNumber(0, 3650).optional().describe("how long it has been going on"),
    bodyArea: z
      .enum(bodyAreas, { message: "must be one of the listed body areas" })
      .optional()
      .describe("where it is felt most"),
  })
  // Checked even when other fields fail, so the form shows every problem at once.
  .refine((v) => (Array.isArray(v.symptoms) && v.symptoms.length > 0) || Boolean(v.description), {
    path: ["symptoms"],
    message: "must list at least one symptom, or describe them in description",
    when: (payload) => {
      const v = payload.value as { symptoms?: unknown; description?: unknown };
      return (
        (v.symptoms === undefined || Array.isArray(v.symptoms)) && typeof v.description !== "number"
      );
    },
  });
export type CreateSymptomCheckInput = z.output<typeof createSymptomCheckSchema>;

/** Body of `POST /symptom-checks/:id/answers`; an empty list means "assess with what you know". */
export const answerSymptomCheckSchema = z.object({
  answers: z
    .array(
      z.object({
        questionId: text(1, 100),
        answer: text(1, 100).describe("one of the question's option ids"),
      }),
    )
    .max(maxAnswers, `must hold at most ${maxAnswers} answers`),
});
export type AnswerSymptomCheckInput = z.output<typeof answerSymptomCheckSchema>;

export const symptomCheckIdParamsSchema = z.object({ id: uuidSchema });
export const listSymptomChecksQuerySchema = paginationSchema;
export type ListSymptomChecksQuery = z.output<typeof listSymptomChecksQuerySchema>;

export const followUpQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  options: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type FollowUpQuestionDto = z.infer<typeof followUpQuestionSchema>;

export const assessmentSchema = z.object({
  severity: z.enum(symptomSeverityValues),
  possibleConditions: z.array(
    z.object({
      name: z.string(),
      likelihood: z.string().describe("a likelihood word, never a number"),
    }),
  ),
  recommendedSpecialty: z.enum(specialtyKeys),
  advice: z.array(z.string()).describe("what to do now"),
  redFlags: z.array(z.string()).describe("warning signs to watch for"),
  summary: z.string(),
  disclaimer: z.string().describe("always: guidance, not a diagnosis"),
  emergencyAction: z
    .object({ call: z.array(z.string()), text: z.string() })
    .nullable()
    .describe("present exactly when severity is emergency: the numbers to call, in order"),
  rulesVersion: z.string().describe("the triage rules version that judged this check"),
});
export type AssessmentDto = z.infer<typeof assessmentSchema>;

/** 201 of `POST /symptom-checks`. */
export const createdSymptomCheckSchema = z.object({
  id: z
    .uuid()
    .describe(
      "the check's id; a signed-out check is deleted once finished (the id then answers 404)",
    ),
  followUpQuestions: z.array(followUpQuestionSchema).describe("[] when the check is finished"),
  assessment: assessmentSchema
    .nullable()
    .describe("set at once when the input shows a red flag (severity emergency, no questions)"),
});
export type CreatedSymptomCheckDto = z.infer<typeof createdSymptomCheckSchema>;

/** 200 of `POST /symptom-checks/:id/answers`. */
export const answeredSymptomCheckSchema = z.object({
  id: z.uuid(),
  assessment: assessmentSchema,
});
export type AnsweredSymptomCheckDto = z.infer<typeof answeredSymptomCheckSchema>;

/** One check as its owner sees it (history and the saved result). */
export const symptomCheckSchema = z.object({
  id: z.uuid(),
  status: z.enum(symptomCheckStatusValues),
  symptoms: z.array(z.string()),
  description: z.string().nullable(),
  age: z.number().int().nullable(),
  sex: z.enum(genderValues).nullable(),
  durationDays: z.number().int().nullable(),
  bodyArea: z.string().nullable(),
  locale: z.string().describe("the language its questions and assessment are written in"),
  followUp: z.array(
    z.object({ questionId: z.string(), question: z.string(), answer: z.string().nullable() }),
  ),
  assessment: assessmentSchema.nullable().describe("null while in progress"),
  booked: z.boolean().describe("attached to an appointment"),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
});
export type SymptomCheckDto = z.infer<typeof symptomCheckSchema>;

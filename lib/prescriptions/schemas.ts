import { z } from "zod";
import type { PrescriptionStatus } from "@/db/schema/prescriptions";
import type { DoseFrequency } from "@/db/schema/prescription-items";
import { paginationSchema } from "@/lib/api/pagination";
import { isCalendarDate } from "@/lib/appointments/zoned-time";
import { sameAs, type Same } from "@/lib/validation/enums";
import { text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

export const doseFrequencyValues = [
  "once_daily",
  "twice_daily",
  "thrice_daily",
  "every_6h",
  "before_meals",
  "after_meals",
  "at_bedtime",
] as const;
sameAs<Same<(typeof doseFrequencyValues)[number], DoseFrequency>>(true);

const prescriptionStatusValues = ["draft", "issued", "dispensed"] as const;
sameAs<Same<(typeof prescriptionStatusValues)[number], PrescriptionStatus>>(true);

/** The durations the editor offers, in days (a month is 30). The API takes any 1..365. */
export const durationChoices = [3, 5, 7, 10, 14, 30, 90] as const;

/** "5 days", "1 day", "1 month", "3 months": how a duration is printed and stored. */
export function durationText(days: number): string {
  if (days % 30 === 0) return days === 30 ? "1 month" : `${days / 30} months`;
  return days === 1 ? "1 day" : `${days} days`;
}

const calendarDate = z.string().refine(isCalendarDate, "must be a date written YYYY-MM-DD");

export const prescriptionItemInputSchema = z
  .object({
    medicineId: uuidSchema.optional().describe("a catalogue medicine (GET /medicines)"),
    name: text(1, 200).optional().describe("a medicine not in the catalogue, by name"),
    dosage: text(1, 100).describe('e.g. "500 mg", "1 tablet"'),
    frequency: z.enum(doseFrequencyValues),
    durationDays: z.number().int().min(1, "must be at least 1").max(365, "must be at most 365"),
    quantity: z.number().int().min(1).max(1000).optional(),
    instructions: text(1, 500).optional(),
  })
  .refine((i) => i.medicineId !== undefined || i.name !== undefined, {
    path: ["medicineId"],
    message: "pick a medicine from the catalogue or give its name",
  });

export type PrescriptionItemInput = z.infer<typeof prescriptionItemInputSchema>;

/** Body of `POST /appointments/:id/prescriptions`. */
export const issuePrescriptionSchema = z.object({
  diagnosis: text(1, 500),
  symptoms: text(1, 2000).optional(),
  items: z
    .array(prescriptionItemInputSchema)
    .min(1, "add at least one medicine")
    .max(20, "at most 20 medicines"),
  testsAdvised: z.array(text(1, 200)).max(20, "at most 20 tests").optional(),
  advice: text(1, 2000).optional(),
  followUpDate: calendarDate.optional().describe("YYYY-MM-DD, not before today (India)"),
  replaces: uuidSchema
    .optional()
    .describe("the issued prescription of this appointment that this one corrects"),
  acknowledgeAllergies: z
    .boolean()
    .optional()
    .describe("issue even though a medicine matches a recorded allergy of the patient"),
});

export type IssuePrescriptionInput = z.infer<typeof issuePrescriptionSchema>;

export const listPrescriptionsQuerySchema = paginationSchema.extend({
  as: z.enum(["patient", "doctor"]).default("patient"),
});
export type ListPrescriptionsQuery = z.infer<typeof listPrescriptionsQuerySchema>;

export const prescriptionIdParamsSchema = z.object({ id: uuidSchema });

export const prescriptionItemSchema = z.object({
  id: z.uuid(),
  medicineId: z.uuid().nullable(),
  name: z.string(),
  dosage: z.string(),
  frequency: z.enum(doseFrequencyValues),
  duration: z.string(),
  durationDays: z.number().int().nullable(),
  quantity: z.number().int(),
  instructions: z.string().nullable(),
});

export const prescriptionSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  status: z.enum(prescriptionStatusValues),
  appointmentId: z.uuid().nullable(),
  diagnosis: z.string(),
  symptoms: z.string().nullable(),
  advice: z.string().nullable(),
  testsAdvised: z.array(z.string()),
  followUpDate: z.string().nullable(),
  issuedAt: z.string().nullable(),
  doctor: z.object({
    id: z.uuid(),
    name: z.string(),
    registrationNumber: z.string(),
    registrationCouncil: z.string().nullable(),
  }),
  patient: z.object({ id: z.uuid(), name: z.string() }),
  items: z.array(prescriptionItemSchema),
  replaces: z.uuid().nullable().describe("the prescription this one corrects"),
  replacedBy: z.uuid().nullable().describe("the correction that supersedes this one"),
  recordId: z.uuid().nullable().describe("the PDF filed in the patient's records"),
  signatureHash: z.string().nullable(),
  pdfUrl: z.string(),
});

export type PrescriptionDto = z.infer<typeof prescriptionSchema>;
export type PrescriptionItemDto = z.infer<typeof prescriptionItemSchema>;

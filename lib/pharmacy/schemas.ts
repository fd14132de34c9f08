import { z } from "zod";
import type { MedicineForm, MedicineSchedule } from "@/db/schema/medicines";
import { moneySchema } from "@/lib/api/money";
import { paginationSchema } from "@/lib/api/pagination";
import { sameAs, type Same } from "@/lib/validation/enums";
import { text } from "@/lib/validation/fields";

export const medicineFormValues = [
  "tablet",
  "capsule",
  "syrup",
  "injection",
  "cream",
  "drops",
  "inhaler",
  "powder",
  "gel",
  "spray",
] as const;
sameAs<Same<(typeof medicineFormValues)[number], MedicineForm>>(true);

export const medicineScheduleValues = ["otc", "g", "h", "h1", "x"] as const;
sameAs<Same<(typeof medicineScheduleValues)[number], MedicineSchedule>>(true);

/** Query of `GET /medicines`: brand or generic name (substring, any case) and shelf. */
export const searchMedicinesQuerySchema = paginationSchema.extend({
  q: text(1, 100).optional().describe("part of the brand or generic name"),
  category: text(1, 60).optional().describe("the shop shelf, e.g. pain relief"),
});
export type SearchMedicinesQuery = z.input<typeof searchMedicinesQuerySchema>;

export const medicineSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  genericName: z.string().nullable(),
  manufacturer: z.string().nullable(),
  form: z.enum(medicineFormValues),
  category: z.string().nullable(),
  strength: z.string().nullable(),
  packSize: z.string().nullable(),
  /** Hindi (Devanagari) name, when the catalogue has one. */
  nameHi: z.string().nullable(),
  price: moneySchema,
  mrp: moneySchema,
  /** Whole percent off the MRP, rounded down. */
  discountPercent: z.number().int().min(0).max(100),
  prescriptionRequired: z.boolean(),
  schedule: z.enum(medicineScheduleValues).describe("Drugs and Cosmetics Rules schedule"),
  orderability: z
    .enum(["otc", "prescription", "not_online"])
    .describe("how it may be ordered online (lib/pharmacy/rules)"),
  /** Most packs one order may hold (0 when it cannot be ordered online). */
  maxQuantity: z.number().int().min(0),
  inStock: z.boolean(),
});
export type MedicineDto = z.infer<typeof medicineSchema>;

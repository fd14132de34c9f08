import { z } from "zod";
import type { MedicineForm } from "@/db/schema/medicines";
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
  price: moneySchema,
  mrp: moneySchema,
  prescriptionRequired: z.boolean(),
  inStock: z.boolean(),
});
export type MedicineDto = z.infer<typeof medicineSchema>;

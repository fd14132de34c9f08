import { z } from "zod";
import type { MedicineForm, MedicineSchedule } from "@/db/schema/medicines";
import { moneySchema } from "@/lib/api/money";
import { paginationSchema } from "@/lib/api/pagination";
import { sameAs, type Same } from "@/lib/validation/enums";
import { text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";

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

// A query string says "true"; the page passes the parsed boolean back in.
const booleanParam = z.union([
  z.boolean(),
  z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1"),
]);

export const medicineSortValues = ["relevance", "price", "name"] as const;

/**
 * Query of `GET /medicines`: brand, generic or Hindi name (typos forgiven), shelf, how it may be
 * bought, stock, and the order (relevance when searching, else name).
 */
export const searchMedicinesQuerySchema = paginationSchema.extend({
  q: text(1, 100).optional().describe("brand, generic or Hindi name; small typos are forgiven"),
  category: text(1, 60).optional().describe("the shop shelf, e.g. pain relief"),
  rx: z
    .enum(["otc", "prescription"])
    .optional()
    .describe("otc: sold without a prescription; prescription: prescription-only"),
  inStock: booleanParam.optional().describe("true: only medicines in stock"),
  sort: z
    .enum(medicineSortValues)
    .optional()
    .describe("relevance (default when q is given), price (cheapest first) or name"),
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

export const medicineIdParamsSchema = z.object({ id: uuidSchema });

/** `GET /medicines/:id`: the catalogue card plus what the medicine page shows. */
export const medicineDetailSchema = medicineSchema.extend({
  description: z.string().nullable(),
  usageInstructions: z.string().nullable(),
  sideEffects: z.string().nullable(),
  /** Packs left when 10 or fewer ("only 4 left"), else null. */
  lowStockCount: z.number().int().min(0).nullable(),
  /** Active medicines of the same composition (generic name, strength, form), cheapest first. */
  substitutes: z.array(medicineSchema),
});
export type MedicineDetailDto = z.infer<typeof medicineDetailSchema>;

/** One shop shelf and how many active medicines are on it. */
export const medicineCategorySchema = z.object({
  category: z.string(),
  count: z.number().int().min(0),
});
export type MedicineCategoryDto = z.infer<typeof medicineCategorySchema>;

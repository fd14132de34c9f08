import { z } from "zod";
import { labTestCategories } from "@/db/schema/lab-tests";
import { moneySchema } from "@/lib/api/money";
import { paginationSchema } from "@/lib/api/pagination";
import { money } from "@/lib/money";
import { medicineFormValues, medicineScheduleValues } from "@/lib/pharmacy/schemas";
import { clearableText, text } from "@/lib/validation/fields";
import { uuidSchema } from "@/lib/validation/ids";
import { labTestIssues, medicineIssues, type CatalogueIssue } from "./policy";

export const labTestCategoryValues = labTestCategories;

/** Stock an admin sees as low (the list's filter and badge). */
export const LOW_STOCK = 10;

const addIssues = (ctx: z.RefinementCtx, issues: CatalogueIssue[]) => {
  for (const i of issues) ctx.addIssue({ code: "custom", path: [i.path], message: i.message });
};

/**
 * A rupee amount as an admin types it: a decimal string with at most two places ("45", "45.5",
 * "45.50"), never a JSON number (a float could not say 0.1 exactly); stored as "45.50".
 */
export const moneyInputSchema = z
  .string({ error: 'must be an amount as a string, e.g. "499.00"' })
  .trim()
  .regex(/^\d{1,8}(?:\.\d{1,2})?$/, {
    message: "must be an amount in rupees with at most two decimals",
    abort: true,
  })
  .transform((v) => money(v))
  .describe('INR as a decimal string, at most two decimals: "499.00"');

const stockQty = z
  .number({ error: "must be a whole number" })
  .int("must be a whole number")
  .min(0, "must be 0 or more")
  .max(1_000_000, "must be at most 1000000");

const medicineFields = {
  name: text(2, 200),
  genericName: clearableText(200).optional(),
  nameHi: clearableText(200).optional(),
  manufacturer: clearableText(200).optional(),
  form: z.enum(medicineFormValues),
  category: clearableText(60).optional(),
  strength: clearableText(60).optional(),
  packSize: clearableText(60).optional(),
  price: moneyInputSchema,
  mrp: moneyInputSchema,
  prescriptionRequired: z.boolean(),
  schedule: z.enum(medicineScheduleValues).describe("Drugs and Cosmetics Rules schedule"),
  controlled: z.boolean().describe("narcotic or psychotropic (NDPS Act): never sold online"),
  maxPerOrder: z
    .number({ error: "must be a whole number from 1 to 100" })
    .int("must be a whole number from 1 to 100")
    .min(1, "must be a whole number from 1 to 100")
    .max(100, "must be a whole number from 1 to 100")
    .nullable()
    .describe("most packs per order; null: the default cap"),
  description: clearableText(2000).optional(),
  usageInstructions: clearableText(2000).optional(),
  sideEffects: clearableText(2000).optional(),
  isActive: z.boolean().describe("published: listed in the shop"),
};

/** Body of `POST /admin/medicines`. Schedule H, H1 and X need prescriptionRequired (422 otherwise). */
export const createMedicineSchema = z
  .object({
    ...medicineFields,
    prescriptionRequired: medicineFields.prescriptionRequired.default(false),
    schedule: medicineFields.schedule.default("otc"),
    controlled: medicineFields.controlled.default(false),
    maxPerOrder: medicineFields.maxPerOrder.default(null),
    isActive: medicineFields.isActive.default(true),
    stockQty: stockQty.default(0),
  })
  .superRefine((m, ctx) => addIssues(ctx, medicineIssues(m)));
export type CreateMedicineInput = z.output<typeof createMedicineSchema>;

/**
 * Body of `PUT /admin/medicines/{id}`: the fields to change (others stay). Stock is set to
 * `stockQty` only if it still is `expectedStockQty` (what the admin saw); orders reserving stock
 * meanwhile make it 409, so a stale form never undoes a sale.
 */
export const updateMedicineSchema = z
  .object({
    ...medicineFields,
    stockQty: stockQty.describe("the new stock; needs expectedStockQty"),
    expectedStockQty: stockQty.describe("the stock the admin saw when editing"),
  })
  .partial()
  .superRefine((m, ctx) => {
    if (m.stockQty !== undefined && m.expectedStockQty === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["expectedStockQty"],
        message: "must be given with stockQty (the stock you saw)",
      });
  });
export type UpdateMedicineInput = z.output<typeof updateMedicineSchema>;

const flag = z.enum(["true", "false"]).transform((v) => v === "true");

/** Query of `GET /admin/medicines`: every medicine, published or not. */
export const listAdminMedicinesQuerySchema = paginationSchema.extend({
  q: z.string().trim().max(100).optional().describe("part of the brand or generic name"),
  status: z.enum(["active", "inactive"]).optional().describe("published or hidden"),
  rx: flag.optional().describe("prescription-only (true) or not (false)"),
  lowStock: flag.optional().describe(`true: stock of ${LOW_STOCK} or fewer`),
});
export type ListAdminMedicinesQuery = z.output<typeof listAdminMedicinesQuerySchema>;

export const catalogueIdParamsSchema = z.object({ id: uuidSchema });

export const adminMedicineSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  genericName: z.string().nullable(),
  nameHi: z.string().nullable(),
  manufacturer: z.string().nullable(),
  form: z.enum(medicineFormValues),
  category: z.string().nullable(),
  strength: z.string().nullable(),
  packSize: z.string().nullable(),
  price: moneySchema,
  mrp: moneySchema,
  discountPercent: z.number().int(),
  prescriptionRequired: z.boolean(),
  schedule: z.enum(medicineScheduleValues),
  controlled: z.boolean(),
  maxPerOrder: z.number().int().nullable(),
  orderability: z.enum(["otc", "prescription", "not_online"]),
  stockQty: z.number().int(),
  lowStock: z.boolean(),
  description: z.string().nullable(),
  usageInstructions: z.string().nullable(),
  sideEffects: z.string().nullable(),
  isActive: z.boolean(),
  updatedAt: z.string(),
});
export type AdminMedicineDto = z.infer<typeof adminMedicineSchema>;

const fastingHours = z
  .number({ error: "must be a whole number of hours from 0 to 24" })
  .int("must be a whole number of hours from 0 to 24")
  .min(0, "must be a whole number of hours from 0 to 24")
  .max(24, "must be a whole number of hours from 0 to 24")
  .nullable();

const labTestFields = {
  name: text(2, 200),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{1,29}$/, "must be 2-30 letters, digits, - or _")
    .describe("unique short code, e.g. LIPID; stored upper-case"),
  category: z.enum(labTestCategoryValues),
  isPackage: z.boolean(),
  packageTestIds: z
    .array(uuidSchema)
    .max(100, "at most 100 tests")
    .describe("a package's single tests (not packages, not itself)"),
  description: clearableText(2000).optional(),
  parameters: z.array(text(1, 100)).max(100, "at most 100 parameters"),
  price: moneyInputSchema,
  mrp: moneyInputSchema,
  sampleType: clearableText(60).optional(),
  fastingRequired: z.boolean(),
  fastingHours: fastingHours.describe("hours of fasting, 0..24; required when fasting"),
  reportTime: clearableText(60).optional(),
  homeCollection: z.boolean(),
  preparation: clearableText(1000).optional(),
  isPopular: z.boolean(),
  isActive: z.boolean(),
};

/** Body of `POST /admin/lab-tests`. A code already in use is 409. */
export const createLabTestSchema = z
  .object({
    ...labTestFields,
    isPackage: labTestFields.isPackage.default(false),
    packageTestIds: labTestFields.packageTestIds.default([]),
    parameters: labTestFields.parameters.default([]),
    fastingRequired: labTestFields.fastingRequired.default(false),
    fastingHours: labTestFields.fastingHours.default(null),
    homeCollection: labTestFields.homeCollection.default(true),
    isPopular: labTestFields.isPopular.default(false),
    isActive: labTestFields.isActive.default(true),
  })
  .superRefine((t, ctx) =>
    addIssues(ctx, labTestIssues({ ...t, packageTestCount: t.packageTestIds.length })),
  );
export type CreateLabTestInput = z.output<typeof createLabTestSchema>;

/** Body of `PUT /admin/lab-tests/{id}`: the fields to change (packageTestIds replaces the list). */
export const updateLabTestSchema = z.object(labTestFields).partial();
export type UpdateLabTestInput = z.output<typeof updateLabTestSchema>;

/** Query of `GET /admin/lab-tests`: every test and package, published or not. */
export const listAdminLabTestsQuerySchema = paginationSchema.extend({
  q: z.string().trim().max(100).optional().describe("part of the name or code"),
  status: z.enum(["active", "inactive"]).optional(),
  kind: z.enum(["test", "package"]).optional(),
});
export type ListAdminLabTestsQuery = z.output<typeof listAdminLabTestsQuerySchema>;

export const packageTestSchema = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export type PackageTestDto = z.infer<typeof packageTestSchema>;

export const adminLabTestSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  code: z.string(),
  category: z.enum(labTestCategoryValues),
  isPackage: z.boolean(),
  packageTests: z.array(packageTestSchema),
  description: z.string().nullable(),
  parameters: z.array(z.string()),
  price: moneySchema,
  mrp: moneySchema,
  discountPercent: z.number().int(),
  sampleType: z.string().nullable(),
  fastingRequired: z.boolean(),
  fastingHours: z.number().int().nullable(),
  reportTime: z.string().nullable(),
  homeCollection: z.boolean(),
  preparation: z.string().nullable(),
  isPopular: z.boolean(),
  isActive: z.boolean(),
  updatedAt: z.string(),
});
export type AdminLabTestDto = z.infer<typeof adminLabTestSchema>;

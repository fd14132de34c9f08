import { z } from "zod";
import { defineOperation } from "@/lib/api/operation";
import {
  medicineCategorySchema,
  medicineDetailSchema,
  medicineIdParamsSchema,
  medicineSchema,
  searchMedicinesQuerySchema,
} from "./schemas";

/** The medicine catalogue: the declarations apiRoute serves. */
export const pharmacyOperations = {
  searchMedicines: defineOperation({
    method: "get",
    path: "/medicines",
    summary:
      "Search the active medicine catalogue by brand, generic or Hindi name (small typos forgiven), shelf, prescription need and stock",
    description:
      "A part of a name matches, and so does a word close enough to one (pg_trgm word " +
      "similarity): `paracetmol` finds Paracetamol, `पैरासिटामोल` too. With `q` the default order " +
      "is relevance (name contains the text first, then the closest), else by name.",
    tag: "Pharmacy",
    auth: "none",
    query: searchMedicinesQuerySchema,
    response: { status: 200, schema: medicineSchema, list: true },
    errors: [422],
  }),
  getMedicine: defineOperation({
    method: "get",
    path: "/medicines/{id}",
    summary: "One active medicine with its leaflet and substitutes of the same composition",
    description:
      "`substitutes`: other active medicines with the same generic name, strength and form " +
      "(any case), cheapest first. Unknown or withdrawn medicine: 404.",
    tag: "Pharmacy",
    auth: "none",
    params: medicineIdParamsSchema,
    response: { status: 200, schema: medicineDetailSchema },
    errors: [404],
  }),
  listCategories: defineOperation({
    method: "get",
    path: "/medicine-categories",
    summary: "The pharmacy's shelves with how many active medicines each holds",
    tag: "Pharmacy",
    auth: "none",
    response: { status: 200, schema: z.array(medicineCategorySchema) },
    errors: [],
  }),
};

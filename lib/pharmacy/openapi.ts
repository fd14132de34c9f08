import { defineOperation } from "@/lib/api/operation";
import { medicineSchema, searchMedicinesQuerySchema } from "./schemas";

/** The medicine catalogue: the declarations apiRoute serves. */
export const pharmacyOperations = {
  searchMedicines: defineOperation({
    method: "get",
    path: "/medicines",
    summary:
      "Search the active medicine catalogue by brand or generic name (any case, part of the name) and shelf",
    tag: "Pharmacy",
    auth: "none",
    query: searchMedicinesQuerySchema,
    response: { status: 200, schema: medicineSchema, list: true },
    errors: [422],
  }),
};

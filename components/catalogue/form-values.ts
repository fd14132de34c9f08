import type { AdminLabTestDto, AdminMedicineDto } from "@/lib/catalogue/schemas";

// The catalogue forms hold their values by input name as strings (checkboxes "on" or ""), so a
// failed submit can hand back exactly what was typed, with or without JavaScript.

/** The text inputs of the medicine form. */
export const medicineTextFields = [
  "name",
  "genericName",
  "nameHi",
  "manufacturer",
  "form",
  "category",
  "strength",
  "packSize",
  "price",
  "mrp",
  "schedule",
  "maxPerOrder",
  "stockQty",
  "expectedStockQty",
  "description",
  "usageInstructions",
  "sideEffects",
] as const;

/** The checkboxes of the medicine form. */
export const medicineBoxes = ["prescriptionRequired", "controlled", "isActive"] as const;

/** A new medicine's starting values: a tablet, OTC, published. */
export const emptyMedicineForm: Record<string, string> = {
  form: "tablet",
  schedule: "otc",
  stockQty: "0",
  isActive: "on",
};

const box = (on: boolean) => (on ? "on" : "");

/** A medicine as the form's values, for editing it. */
export function medicineFormValuesOf(m: AdminMedicineDto): Record<string, string> {
  return {
    name: m.name,
    genericName: m.genericName ?? "",
    nameHi: m.nameHi ?? "",
    manufacturer: m.manufacturer ?? "",
    form: m.form,
    category: m.category ?? "",
    strength: m.strength ?? "",
    packSize: m.packSize ?? "",
    price: m.price,
    mrp: m.mrp,
    schedule: m.schedule,
    maxPerOrder: m.maxPerOrder === null ? "" : String(m.maxPerOrder),
    stockQty: String(m.stockQty),
    expectedStockQty: String(m.stockQty),
    description: m.description ?? "",
    usageInstructions: m.usageInstructions ?? "",
    sideEffects: m.sideEffects ?? "",
    prescriptionRequired: box(m.prescriptionRequired),
    controlled: box(m.controlled),
    isActive: box(m.isActive),
  };
}

/** The text inputs of the lab test form (`parameters` one per line). */
export const labTestTextFields = [
  "name",
  "code",
  "category",
  "description",
  "parameters",
  "price",
  "mrp",
  "sampleType",
  "fastingHours",
  "reportTime",
  "preparation",
] as const;

/** The checkboxes of the lab test form. */
export const labTestBoxes = [
  "isPackage",
  "fastingRequired",
  "homeCollection",
  "isPopular",
  "isActive",
] as const;

/** A new lab test's starting values: a blood test with home collection, published. */
export const emptyLabTestForm: Record<string, string> = {
  category: "blood",
  homeCollection: "on",
  isActive: "on",
  packageTestIds: "",
};

/** A lab test as the form's values (`packageTestIds` comma-separated), for editing it. */
export function labTestFormValuesOf(t: AdminLabTestDto): Record<string, string> {
  return {
    name: t.name,
    code: t.code,
    category: t.category,
    description: t.description ?? "",
    parameters: t.parameters.join("\n"),
    price: t.price,
    mrp: t.mrp,
    sampleType: t.sampleType ?? "",
    fastingHours: t.fastingHours === null ? "" : String(t.fastingHours),
    reportTime: t.reportTime ?? "",
    preparation: t.preparation ?? "",
    isPackage: box(t.isPackage),
    fastingRequired: box(t.fastingRequired),
    homeCollection: box(t.homeCollection),
    isPopular: box(t.isPopular),
    isActive: box(t.isActive),
    packageTestIds: t.packageTests.map((p) => p.id).join(","),
  };
}

import "server-only";
import {
  labTestBoxes,
  labTestTextFields,
  medicineBoxes,
  medicineTextFields,
} from "@/components/catalogue/form-values";
import { formList, formNumber, formText } from "@/lib/actions/form-data";

type Mode = "create" | "edit";

function valuesOf(form: FormData, texts: readonly string[], boxes: readonly string[]) {
  const values: Record<string, string> = Object.fromEntries(
    texts.map((name) => [name, formText(form, name)]),
  );
  for (const name of boxes) values[name] = form.has(name) ? "on" : "";
  return values;
}

/** The medicine form as typed, handed back after a failure. */
export const medicineFormValues = (form: FormData) =>
  valuesOf(form, medicineTextFields, medicineBoxes);

/**
 * The medicine form as createMedicine / updateMedicine take it. Money stays a string (the schema
 * checks its two places). On edit the stock is sent only when the admin changed it, with the
 * count they saw, so a form saved for its price never fights an order over the stock.
 */
export function medicineFormInput(form: FormData, mode: Mode): Record<string, unknown> {
  const v = medicineFormValues(form);
  const input: Record<string, unknown> = {
    name: v.name,
    genericName: v.genericName,
    nameHi: v.nameHi,
    manufacturer: v.manufacturer,
    form: v.form,
    category: v.category,
    strength: v.strength,
    packSize: v.packSize,
    price: v.price,
    mrp: v.mrp,
    schedule: v.schedule,
    prescriptionRequired: v.prescriptionRequired === "on",
    controlled: v.controlled === "on",
    maxPerOrder: formNumber(form, "maxPerOrder"),
    description: v.description,
    usageInstructions: v.usageInstructions,
    sideEffects: v.sideEffects,
  };
  if (mode === "create") {
    input.stockQty = formNumber(form, "stockQty") ?? 0;
    input.isActive = v.isActive === "on";
    return input;
  }
  const stock = formNumber(form, "stockQty");
  const seen = formNumber(form, "expectedStockQty");
  if (stock !== seen) Object.assign(input, { stockQty: stock, expectedStockQty: seen });
  return input;
}

/** The lab test form as typed (`packageTestIds` comma-separated), handed back after a failure. */
export function labTestFormValues(form: FormData): Record<string, string> {
  const values = valuesOf(form, labTestTextFields, labTestBoxes);
  values.packageTestIds = formList(form, "packageTestIds").join(",");
  return values;
}

/** The lab test form as createLabTest / updateLabTest take it (parameters one per line). */
export function labTestFormInput(form: FormData, mode: Mode): Record<string, unknown> {
  const v = labTestFormValues(form);
  const input: Record<string, unknown> = {
    name: v.name,
    code: v.code,
    category: v.category,
    description: v.description,
    parameters: (v.parameters ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    price: v.price,
    mrp: v.mrp,
    sampleType: v.sampleType,
    fastingRequired: v.fastingRequired === "on",
    fastingHours: formNumber(form, "fastingHours"),
    reportTime: v.reportTime,
    homeCollection: v.homeCollection === "on",
    preparation: v.preparation,
    isPopular: v.isPopular === "on",
    isPackage: v.isPackage === "on",
    packageTestIds: formList(form, "packageTestIds"),
  };
  if (mode === "create") input.isActive = v.isActive === "on";
  return input;
}

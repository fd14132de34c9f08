import type { MedicineSchedule } from "@/db/schema/medicines";
import type { MedicineCategory, MedicineForm } from "./medicines";

/**
 * The Drugs and Cosmetics Rules schedule of each seed medicine, and its per-order cap. Schedule H1
 * (2013) lists third-generation cephalosporins, the newer quinolones, TB drugs, tramadol and the
 * benzodiazepines; Schedule X the stimulants such as methylphenidate. Tramadol, the
 * benzodiazepines and codeine are also NDPS Act drugs (`controlled`), so never sold online.
 */
const h1 = new Set([
  "Cefixime",
  "Cefpodoxime",
  "Ceftriaxone",
  "Levofloxacin",
  "Tramadol",
  "Alprazolam",
  "Clonazepam",
  "Codeine Phosphate + Chlorpheniramine Cough Syrup",
]);
const scheduleX = new Set(["Methylphenidate"]);
const controlled = new Set([
  "Tramadol",
  "Alprazolam",
  "Clonazepam",
  "Methylphenidate",
  "Codeine Phosphate + Chlorpheniramine Cough Syrup",
]);
/** Over-the-counter medicines sold with a caution label (Schedule G). */
const scheduleG = new Set(["Chlorpheniramine + Phenylephrine", "Dextromethorphan Cough Syrup"]);
/** Long-term medicines: a month or two of strips in one order. */
const chronic = new Set<MedicineCategory>(["diabetes", "cardiac", "thyroid", "respiratory"]);

export interface SeedDrugRules {
  schedule: MedicineSchedule;
  controlled: boolean;
  maxPerOrder: number | null;
}

/** Schedule, NDPS flag and cap of one seed row (prescription-only rows always get a cap). */
export function drugRulesOf(
  generic: string,
  category: MedicineCategory,
  form: MedicineForm,
  prescriptionRequired: boolean,
): SeedDrugRules {
  const isControlled = controlled.has(generic);
  if (!prescriptionRequired) {
    return {
      schedule: scheduleG.has(generic) ? "g" : "otc",
      controlled: isControlled,
      maxPerOrder: null,
    };
  }
  const schedule: MedicineSchedule = scheduleX.has(generic) ? "x" : h1.has(generic) ? "h1" : "h";
  const maxPerOrder =
    schedule !== "h"
      ? 2
      : form === "injection" || category === "antibiotics"
        ? 3
        : chronic.has(category)
          ? 10
          : 5;
  return { schedule, controlled: isControlled, maxPerOrder };
}

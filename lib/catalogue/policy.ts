import { toPaise } from "@/lib/money";

/** One broken catalogue rule, at the field the admin must change. */
export interface CatalogueIssue {
  path: string;
  message: string;
}

/** The facts the medicine rules read: the row as it will be saved (create, or row + edit). */
export interface MedicineFacts {
  price: string;
  mrp: string;
  schedule: string;
  prescriptionRequired: boolean;
}

/** Schedules whose medicines are sold only against a prescription (the database checks it too). */
export const prescriptionSchedules: readonly string[] = ["h", "h1", "x"];

/**
 * What is wrong with a medicine about to be saved: a price above the MRP (said at price), and a
 * Schedule H, H1 or X medicine not marked prescription-only (said at prescriptionRequired: the
 * admin ticks it; we never flip a flag they did not touch).
 */
export function medicineIssues(m: MedicineFacts): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  if (toPaise(m.price) > toPaise(m.mrp))
    issues.push({ path: "price", message: "must not be more than the MRP" });
  if (prescriptionSchedules.includes(m.schedule) && !m.prescriptionRequired)
    issues.push({
      path: "prescriptionRequired",
      message: "must be true for Schedule H, H1 and X medicines",
    });
  return issues;
}

/** The facts the lab test rules read. */
export interface LabTestFacts {
  price: string;
  mrp: string;
  isPackage: boolean;
  fastingRequired: boolean;
  fastingHours: number | null;
  packageTestCount: number;
}

/**
 * What is wrong with a lab test about to be saved: a price above the MRP, fasting without its
 * hours, a package with no tests, or a single test that lists package contents.
 */
export function labTestIssues(t: LabTestFacts): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  if (toPaise(t.price) > toPaise(t.mrp))
    issues.push({ path: "price", message: "must not be more than the MRP" });
  if (t.fastingRequired && t.fastingHours === null)
    issues.push({ path: "fastingHours", message: "must be given when fasting is required" });
  if (t.isPackage && t.packageTestCount === 0)
    issues.push({ path: "packageTestIds", message: "a package must contain at least one test" });
  if (!t.isPackage && t.packageTestCount > 0)
    issues.push({ path: "packageTestIds", message: "only a package contains other tests" });
  return issues;
}

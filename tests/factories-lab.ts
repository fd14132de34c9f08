import { db } from "@/db/client";
import { labPackageItems, labTests, type NewLabTestRow } from "@/db/schema";

let codes = 0;

/** A catalogue test (a fasting lipid profile unless told otherwise). */
export async function createLabTest(overrides: Partial<NewLabTestRow> = {}) {
  const [row] = await db
    .insert(labTests)
    .values({
      name: "Lipid Profile",
      code: `T${++codes}`,
      category: "cardiac",
      parameters: ["Total cholesterol", "HDL", "LDL", "Triglycerides"],
      price: "450.00",
      mrp: "700.00",
      sampleType: "blood",
      fastingRequired: true,
      fastingHours: 12,
      reportTime: "same day",
      preparation: "Do not eat for 12 hours before the sample.",
      ...overrides,
    })
    .returning();
  return row!;
}

/** A package holding the given tests. */
export async function createLabPackage(
  tests: Array<{ id: number }>,
  overrides: Partial<NewLabTestRow> = {},
) {
  const pkg = await createLabTest({
    name: "Basic Health Check-up",
    category: "full_body",
    isPackage: true,
    price: "999.00",
    mrp: "1500.00",
    isPopular: true,
    parameters: ["Blood count", "Sugar", "Lipids", "Liver", "Kidney"],
    ...overrides,
  });
  await db.insert(labPackageItems).values(tests.map((t) => ({ packageId: pkg.id, testId: t.id })));
  return pkg;
}

/** A typed collection address in Pune (PIN area 411). */
export const puneAddress = {
  name: "Asha Verma",
  phone: "9876543210",
  line1: "Flat 4, Shanti Apartments, Karve Road",
  city: "Pune",
  pincode: "411004",
};

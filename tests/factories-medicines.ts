import { db } from "@/db/client";
import { medicines } from "@/db/schema";

let n = 0;

/** A catalogue medicine (OTC, in stock, unless overridden); returns the row. */
export async function createMedicine(overrides: Partial<typeof medicines.$inferInsert> = {}) {
  n += 1;
  const [row] = await db
    .insert(medicines)
    .values({
      name: `Test Medicine ${n} Tablet`,
      genericName: `Testamol ${n}`,
      form: "tablet",
      category: "pain relief",
      strength: "500 mg",
      packSize: "strip of 10",
      price: "20.00",
      mrp: "25.00",
      stockQty: 100,
      ...overrides,
    })
    .returning();
  return row!;
}

/** A prescription-only (Schedule H) medicine with a cap of `cap` packs per order. */
export const createRxMedicine = (
  cap: number,
  overrides: Partial<typeof medicines.$inferInsert> = {},
) =>
  createMedicine({
    prescriptionRequired: true,
    schedule: "h",
    maxPerOrder: cap,
    ...overrides,
  });

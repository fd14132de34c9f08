import { db } from "@/db/client";
import { cartItems, medicines, type NewMedicineRow } from "@/db/schema";

let counter = 0;

/**
 * An active catalogue medicine (OTC, 20 in stock, 100.00 for an MRP of 120.00 unless told); a
 * Schedule H / H1 / X one is marked prescription-only, as the catalogue requires.
 */
export async function createMedicine(overrides: Partial<NewMedicineRow> = {}) {
  const schedule = overrides.schedule ?? "otc";
  const [row] = await db
    .insert(medicines)
    .values({
      name: `Medicine ${++counter}`,
      genericName: "Paracetamol",
      form: "tablet",
      price: "100.00",
      mrp: "120.00",
      stockQty: 20,
      prescriptionRequired: ["h", "h1", "x"].includes(schedule),
      ...overrides,
      mrp: overrides.mrp ?? (Number(overrides.price ?? 0) > 120 ? overrides.price : "120.00"),
    })
    .returning();
  return row!;
}

/** Puts packs of some medicines in a user's cart. */
export async function fillCart(
  userId: number,
  lines: readonly { medicineId: number; quantity: number }[],
) {
  await db.insert(cartItems).values(lines.map((l) => ({ userId, ...l })));
}

/** A typed delivery address (Pune, Maharashtra from the PIN code). */
export const puneAddress = {
  name: "Asha Rao",
  phone: "9876543210",
  line1: "12 MG Road",
  city: "Pune",
  pincode: "411001",
};

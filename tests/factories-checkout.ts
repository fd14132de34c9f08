import { db } from "@/db/client";
import { cartItems, medicines, type NewMedicineRow } from "@/db/schema";
import { toPaise } from "@/lib/money";

let counter = 0;

/**
 * An active catalogue medicine (OTC, 20 in stock, 100.00 for an MRP of 120.00 unless told); a
 * Schedule H / H1 / X one is marked prescription-only, as the catalogue requires.
 */
export async function createMedicine(overrides: Partial<NewMedicineRow> = {}) {
  const schedule = overrides.schedule ?? "otc";
  const price = overrides.price ?? "100.00";
  const [row] = await db
    .insert(medicines)
    .values({
      name: `Medicine ${++counter}`,
      genericName: "Paracetamol",
      form: "tablet",
      stockQty: 20,
      prescriptionRequired: ["h", "h1", "x"].includes(schedule),
      ...overrides,
      price,
      mrp: overrides.mrp ?? (toPaise(price) > toPaise("120.00") ? price : "120.00"),
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

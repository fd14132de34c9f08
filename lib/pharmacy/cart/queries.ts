import "server-only";
import { asc, eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { cartItems, healthProfiles, medicines } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { fromPaise, lineTotal } from "@/lib/money";
import { matchingAllergies } from "@/lib/prescriptions/allergy";
import { toMedicineDto } from "../mappers";
import { priceOrder } from "../pricing";
import { medicineColumns } from "../queries";
import type { CartDto, CartLineDto } from "./schemas";

/**
 * My cart with today's catalogue prices, totals by the delivery rule, allergy warnings from my
 * health profile, and what would stop each line being ordered. Lines that cannot be ordered are
 * shown but left out of the totals.
 */
export async function getCart(actor: Actor, on: Queryable = db): Promise<CartDto> {
  const [rows, [profile]] = await Promise.all([
    on
      .select({ ...medicineColumns, isActive: medicines.isActive, quantity: cartItems.quantity })
      .from(cartItems)
      .innerJoin(medicines, eq(medicines.id, cartItems.medicineId))
      .where(eq(cartItems.userId, actor.userId))
      .orderBy(asc(cartItems.createdAt), asc(cartItems.id)),
    on
      .select({ allergies: healthProfiles.allergies })
      .from(healthProfiles)
      .where(eq(healthProfiles.userId, actor.userId))
      .limit(1),
  ]);
  const allergies = profile?.allergies ?? [];
  const lines: CartLineDto[] = rows.map((row) => {
    const medicine = toMedicineDto(row);
    return {
      medicine,
      quantity: row.quantity,
      lineTotal: fromPaise(lineTotal(medicine.price, row.quantity)),
      allergyMatches: matchingAllergies(allergies, row),
      problem: problemOf(row, medicine.maxQuantity),
    };
  });
  const orderable = lines.filter((l) => l.problem === null);
  return {
    lines,
    ...priceOrder(orderable.map((l) => ({ unitPrice: l.medicine.price, quantity: l.quantity }))),
    needsPrescription: orderable.some((l) => l.medicine.orderability === "prescription"),
  };
}

function problemOf(
  row: { isActive: boolean; stockQty: number; quantity: number },
  cap: number,
): CartLineDto["problem"] {
  if (cap === 0) return "not_online";
  if (!row.isActive) return "unavailable";
  if (row.stockQty === 0) return "out_of_stock";
  if (row.quantity > cap || row.quantity > row.stockQty) return "over_limit";
  return null;
}

import "server-only";
import { inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { medicines } from "@/db/schema";
import { addLinesToCart } from "../../cart/lines";
import { orderability } from "../../rules";
import type { CartFillDto } from "../lifecycle-schemas";

/** A line to put back in the cart: the catalogue medicine (null once it left) and how many. */
export interface FillLine {
  medicineId: number | null;
  name: string;
  quantity: number;
}

/**
 * Puts the lines whose medicine is still sold online into the user's cart (merging with what is
 * there) and says which could not go in: gone from the catalogue, or never sold online. Stock and
 * caps are checked at checkout, as for anything else in the cart. Internal: the caller authorized.
 */
export async function fillCart(
  on: Queryable,
  userId: number,
  lines: readonly FillLine[],
): Promise<CartFillDto> {
  const ids = lines.flatMap((l) => (l.medicineId === null ? [] : [l.medicineId]));
  const rows = ids.length
    ? await on
        .select({
          id: medicines.id,
          uuid: medicines.uuid,
          name: medicines.name,
          isActive: medicines.isActive,
          prescriptionRequired: medicines.prescriptionRequired,
          schedule: medicines.schedule,
          controlled: medicines.controlled,
          maxPerOrder: medicines.maxPerOrder,
        })
        .from(medicines)
        .where(inArray(medicines.id, ids))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const result: CartFillDto = { added: [], skipped: [] };
  const toAdd: { medicineId: number; quantity: number }[] = [];
  for (const line of lines) {
    const medicine = line.medicineId === null ? undefined : byId.get(line.medicineId);
    if (!medicine?.isActive) {
      result.skipped.push({ name: line.name, reason: "discontinued" });
    } else if (orderability(medicine) === "not_online") {
      result.skipped.push({ name: medicine.name, reason: "not_online" });
    } else {
      toAdd.push({ medicineId: medicine.id, quantity: line.quantity });
      result.added.push({
        medicineId: medicine.uuid,
        name: medicine.name,
        quantity: line.quantity,
      });
    }
  }
  await addLinesToCart(on, userId, toAdd);
  return result;
}

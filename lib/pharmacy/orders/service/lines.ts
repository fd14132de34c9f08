import "server-only";
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { healthRecords, medicines } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError, type FieldError } from "@/lib/errors";
import { medicineColumns } from "../../queries";
import { maxQuantity, orderability } from "../../rules";

/** An order line checked against today's catalogue row. */
export interface CheckedLine {
  medicineId: number;
  name: string;
  unitPrice: string;
  quantity: number;
  needsPrescription: boolean;
  /** Where the line sits in the request, for error paths. */
  index: number;
}

const invalid = (errors: FieldError[]) =>
  new AppError("validation_failed", "Some medicines cannot be ordered as asked.", { errors });

/**
 * The requested lines against the catalogue: an unknown or withdrawn medicine, one never sold
 * online (Schedule X, narcotic, psychotropic) or a quantity above the medicine's cap is 422 at
 * the line's path; every problem is reported at once. Prices are the catalogue's.
 */
export async function checkLines(
  tx: Tx,
  items: readonly { medicineId: string; quantity: number }[],
): Promise<CheckedLine[]> {
  const rows = await tx
    .select({ ...medicineColumns, isActive: medicines.isActive })
    .from(medicines)
    .where(
      inArray(
        medicines.uuid,
        items.map((i) => i.medicineId),
      ),
    );
  const byUuid = new Map(rows.map((r) => [r.uuid, r]));
  const errors: FieldError[] = [];
  const lines: CheckedLine[] = [];
  items.forEach((item, index) => {
    const row = byUuid.get(item.medicineId);
    if (!row || !row.isActive) {
      errors.push({ path: `items.${index}.medicineId`, message: "is not in the catalogue" });
      return;
    }
    const how = orderability(row);
    if (how === "not_online") {
      errors.push({
        path: `items.${index}.medicineId`,
        message: `${row.name} cannot be ordered online (Schedule X, narcotic or psychotropic)`,
      });
      return;
    }
    const cap = maxQuantity(row);
    if (item.quantity > cap) {
      errors.push({
        path: `items.${index}.quantity`,
        message: `must be at most ${cap} packs of ${row.name} per order`,
      });
      return;
    }
    lines.push({
      medicineId: row.id,
      name: row.name,
      unitPrice: row.price,
      quantity: item.quantity,
      needsPrescription: how === "prescription",
      index,
    });
  });
  if (errors.length > 0) throw invalid(errors);
  return lines;
}

/**
 * The internal id of the prescription the order relies on: one of MY health records of type
 * prescription (a doctor's issued one filed there, or my upload). Required when a line needs a
 * prescription; anything else - missing, someone else's, another type - is 422 at its field.
 */
export async function checkPrescription(
  tx: Tx,
  actor: Actor,
  recordUuid: string | undefined,
  needed: boolean,
): Promise<number | null> {
  if (!recordUuid) {
    if (!needed) return null;
    throw invalid([
      {
        path: "prescriptionRecordId",
        message: "is required: some medicines are prescription-only",
      },
    ]);
  }
  const [record] = await tx
    .select({ id: healthRecords.id })
    .from(healthRecords)
    .where(
      and(
        eq(healthRecords.uuid, recordUuid),
        eq(healthRecords.userId, actor.userId),
        eq(healthRecords.recordType, "prescription"),
      ),
    )
    .limit(1);
  if (!record) {
    throw invalid([
      { path: "prescriptionRecordId", message: "is not a prescription in your health records" },
    ]);
  }
  return record.id;
}

/**
 * Takes each line's packs off the shelf with one conditional update per line, in medicine id
 * order (two orders sharing medicines lock them in the same order, so they never deadlock). A
 * line without enough stock is 409 naming the medicine; the caller's transaction then rolls back,
 * so nothing stays reserved.
 */
export async function reserveStock(tx: Tx, lines: readonly CheckedLine[]): Promise<void> {
  const ordered = [...lines].sort((a, b) => a.medicineId - b.medicineId);
  for (const line of ordered) {
    const [taken] = await tx
      .update(medicines)
      .set({ stockQty: sql`${medicines.stockQty} - ${line.quantity}` })
      .where(and(eq(medicines.id, line.medicineId), gte(medicines.stockQty, line.quantity)))
      .returning({ id: medicines.id });
    if (!taken) {
      throw new AppError("conflict", `Not enough stock of ${line.name} for this order.`, {
        errors: [
          { path: `items.${line.index}.quantity`, message: `not enough ${line.name} in stock` },
        ],
      });
    }
  }
}

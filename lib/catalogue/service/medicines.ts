import "server-only";
import { eq } from "drizzle-orm";
import { translateDbErrors } from "@/db/errors";
import { db } from "@/db/client";
import { medicines } from "@/db/schema";
import { notFound } from "@/lib/access/owner";
import { recordAdminAction } from "@/lib/admin/audit";
import { requireAdmin } from "@/lib/admin/policy";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";
import type { z } from "zod";
import { toAdminMedicineDto } from "../mappers";
import { medicineIssues } from "../policy";
import { createMedicineSchema, updateMedicineSchema, type AdminMedicineDto } from "../schemas";
import { describeChanges } from "./changes";

const invalid = (issues: { path: string; message: string }[]) =>
  new AppError("validation_failed", "The medicine breaks a catalogue rule.", { errors: issues });

/** Adds a medicine to the catalogue and records it in the admin audit, in one transaction. */
export async function createMedicine(
  actor: Actor,
  input: z.input<typeof createMedicineSchema>,
): Promise<AdminMedicineDto> {
  requireAdmin(actor);
  const values = parseInput(createMedicineSchema, input);
  return translateDbErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await tx.insert(medicines).values(values).returning();
      await recordAdminAction(tx, actor, {
        action: "medicine_created",
        targetType: "medicine",
        targetUuid: row!.uuid,
        targetLabel: row!.name,
      });
      return toAdminMedicineDto(row!);
    }),
  );
}

/**
 * Edits a medicine: only the fields sent change. The rules are checked on the result (a price
 * edit above the stored MRP is 422 at price). Stock is "set to" and optimistic: it is 409 when
 * the stock is no longer `expectedStockQty` (orders reserved some since the admin looked).
 * Existing orders keep their own price snapshots; nothing here touches them. An edit that
 * changes nothing writes nothing (no audit row).
 */
export async function updateMedicine(
  actor: Actor,
  id: string,
  input: z.input<typeof updateMedicineSchema>,
): Promise<AdminMedicineDto> {
  requireAdmin(actor);
  if (!isUuid(id)) throw notFound("medicine");
  const { expectedStockQty, ...changes } = parseInput(updateMedicineSchema, input);
  return translateDbErrors(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(medicines)
        .where(eq(medicines.uuid, id))
        .for("update")
        .limit(1);
      if (!row) throw notFound("medicine");
      const issues = medicineIssues({ ...row, ...changes });
      if (issues.length > 0) throw invalid(issues);
      if (changes.stockQty !== undefined && row.stockQty !== expectedStockQty)
        throw new AppError(
          "conflict",
          "The stock changed since you opened the form (orders reserved some); reload and set it again.",
          { errors: [{ path: "stockQty", message: `is now ${row.stockQty}` }] },
        );
      const changed = describeChanges(row, changes);
      // Nothing differs (an empty body, a form saved as it was): no write, no audit row.
      if (changed === null) return toAdminMedicineDto(row);
      const [updated] = await tx
        .update(medicines)
        .set(changes)
        .where(eq(medicines.id, row.id))
        .returning();
      await recordAdminAction(tx, actor, {
        action: "medicine_updated",
        targetType: "medicine",
        targetUuid: row.uuid,
        targetLabel: updated!.name,
        reason: changed,
      });
      return toAdminMedicineDto(updated!);
    }),
  );
}

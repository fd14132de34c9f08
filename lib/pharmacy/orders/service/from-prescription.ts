import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { healthRecords, prescriptionItems, prescriptions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit";
import { isUuid } from "@/lib/validation/ids";
import type { PrescriptionCartDto } from "../lifecycle-schemas";
import { fillCart } from "./fill-cart";

/** The checkout with a prescription record preselected (or plain checkout without one). */
export const checkoutPathFor = (recordUuid: string | null) =>
  recordUuid ? `/pharmacy/checkout?prescription=${recordUuid}` : "/pharmacy/checkout";

/**
 * "Order the medicines of this prescription": puts the catalogue medicines of MY issued
 * prescription into my cart (the prescribed quantity, else 1) and returns its filed record, so
 * checkout can preselect it as the prescription. Someone else's prescription, or a draft, is 404.
 * Lines written as free text (no catalogue medicine) are reported as skipped.
 */
export async function cartFromPrescription(
  actor: Actor,
  prescriptionId: string,
): Promise<PrescriptionCartDto> {
  await enforceRateLimit("medicine_order_change", String(actor.userId));
  if (!isUuid(prescriptionId)) throw new AppError("not_found", "No such prescription.");
  return db.transaction(async (tx) => {
    const [rx] = await tx
      .select({ id: prescriptions.id, recordUuid: healthRecords.uuid })
      .from(prescriptions)
      .leftJoin(healthRecords, eq(healthRecords.id, prescriptions.recordId))
      .where(
        and(
          eq(prescriptions.uuid, prescriptionId),
          eq(prescriptions.patientId, actor.userId),
          ne(prescriptions.status, "draft"),
        ),
      )
      .limit(1);
    if (!rx) throw new AppError("not_found", "No such prescription.");
    const lines = await tx
      .select({
        medicineId: prescriptionItems.medicineId,
        name: prescriptionItems.nameSnapshot,
        quantity: prescriptionItems.quantity,
      })
      .from(prescriptionItems)
      .where(eq(prescriptionItems.prescriptionId, rx.id))
      .orderBy(asc(prescriptionItems.id));
    const filled = await fillCart(tx, actor.userId, lines);
    const recordUuid = rx.recordUuid ?? null;
    return {
      ...filled,
      prescriptionRecordId: recordUuid,
      checkoutPath: checkoutPathFor(recordUuid),
    };
  });
}

import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { medicines, prescriptions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { todayInIndia } from "@/lib/validation/fields";
import { matchingAllergies } from "./allergy";
import { durationText, type IssuePrescriptionInput } from "./schemas";

/** A line of the prescription with its catalogue medicine resolved. */
export interface ResolvedItem {
  medicineId: number | null;
  name: string;
  genericName: string | null;
  dosage: string;
  frequency: IssuePrescriptionInput["items"][number]["frequency"];
  duration: string;
  durationDays: number;
  quantity: number;
  instructions: string | null;
}

const invalid = (path: string, message: string, detail: string) =>
  new AppError("validation_failed", detail, { errors: [{ path, message }] });

/** A follow-up date before today (India) is 422 on `followUpDate`. */
export function checkFollowUp(followUpDate: string | undefined, now: Date): void {
  if (followUpDate && followUpDate < todayInIndia(now)) {
    throw invalid("followUpDate", "must not be in the past", "The follow-up date has passed.");
  }
}

const catalogueColumns = {
  id: medicines.id,
  uuid: medicines.uuid,
  name: medicines.name,
  generic: medicines.genericName,
};

/** Active catalogue medicines by public id, and by exact name (any case) for names typed in. */
async function loadCatalogue(input: IssuePrescriptionInput) {
  const ids = input.items.flatMap((i) => (i.medicineId ? [i.medicineId] : []));
  const names = input.items.flatMap((i) => (!i.medicineId && i.name ? [i.name.toLowerCase()] : []));
  const active = eq(medicines.isActive, true);
  const [byId, byName] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select(catalogueColumns)
          .from(medicines)
          .where(and(inArray(medicines.uuid, ids), active)),
    names.length === 0
      ? []
      : db
          .select(catalogueColumns)
          .from(medicines)
          .where(and(inArray(sql`lower(${medicines.name})`, names), active)),
  ]);
  return {
    byUuid: new Map(byId.map((m) => [m.uuid, m])),
    byName: new Map(byName.map((m) => [m.name.toLowerCase(), m])),
  };
}

/**
 * The items with their catalogue names: a `medicineId` must be an active catalogue medicine (422 on
 * `items.N.medicineId` otherwise) and its name is snapshotted; a typed `name` that is exactly a
 * catalogue medicine's (any case) is linked to it, any other is kept as a free-text medicine.
 */
export async function resolveItems(input: IssuePrescriptionInput): Promise<ResolvedItem[]> {
  const { byUuid, byName } = await loadCatalogue(input);
  return input.items.map((item, i) => {
    const medicine = item.medicineId
      ? byUuid.get(item.medicineId)
      : byName.get(item.name!.toLowerCase());
    if (item.medicineId && !medicine) {
      throw invalid(
        `items.${i}.medicineId`,
        "is not in the catalogue",
        "A medicine was not found.",
      );
    }
    return {
      medicineId: medicine?.id ?? null,
      name: medicine?.name ?? item.name!,
      genericName: medicine?.generic ?? null,
      dosage: item.dosage,
      frequency: item.frequency,
      duration: durationText(item.durationDays),
      durationDays: item.durationDays,
      quantity: item.quantity ?? 1,
      instructions: item.instructions ?? null,
    };
  });
}

/**
 * 422 with one error per item whose medicine matches a recorded allergy of the patient
 * (`items.N.medicineId`: "patient is allergic to X"), unless the doctor acknowledged them.
 */
export function checkAllergies(
  items: ResolvedItem[],
  allergies: readonly string[],
  acknowledged: boolean,
): void {
  if (acknowledged) return;
  const errors = items.flatMap((item, i) =>
    matchingAllergies(allergies, item).map((allergy) => ({
      path: `items.${i}.medicineId`,
      message: `patient is allergic to ${allergy}`,
    })),
  );
  if (errors.length > 0) {
    throw new AppError(
      "validation_failed",
      "A medicine matches a recorded allergy of the patient; confirm to issue it anyway.",
      { errors },
    );
  }
}

/**
 * What a new prescription of the appointment replaces: nothing (the original: 409 when there is one
 * already), or an issued prescription of the same appointment that no correction replaced yet
 * (422 when it is not of this appointment, 409 when it was already corrected).
 */
export async function resolveReplaces(
  appointmentId: number,
  replaces: string | undefined,
): Promise<{ id: number; number: string } | null> {
  if (!replaces) {
    const [original] = await db
      .select({ id: prescriptions.id })
      .from(prescriptions)
      .where(and(eq(prescriptions.appointmentId, appointmentId), isNull(prescriptions.replacesId)))
      .limit(1);
    if (original) throw alreadyIssued();
    return null;
  }
  const [target] = await db
    .select({ id: prescriptions.id, number: prescriptions.prescriptionNumber })
    .from(prescriptions)
    .where(
      and(
        eq(prescriptions.uuid, replaces),
        eq(prescriptions.appointmentId, appointmentId),
        eq(prescriptions.status, "issued"),
      ),
    )
    .limit(1);
  if (!target) {
    throw invalid(
      "replaces",
      "is not an issued prescription of this appointment",
      "Only an issued prescription of this appointment can be corrected.",
    );
  }
  const [successor] = await db
    .select({ id: prescriptions.id })
    .from(prescriptions)
    .where(eq(prescriptions.replacesId, target.id))
    .limit(1);
  if (successor) throw alreadyCorrected();
  return target;
}

export const alreadyIssued = () =>
  new AppError(
    "conflict",
    "This appointment already has a prescription; issue a correction that replaces it.",
  );

export const alreadyCorrected = () =>
  new AppError("conflict", "This prescription was already corrected; correct the newest one.");

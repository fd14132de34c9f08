import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { facilities } from "@/db/schema";
import type { ClinicInput } from "./profile-schemas";

const coordinate = (n: number) => n.toFixed(6);

/**
 * Writes a doctor's clinic inside the caller's transaction and returns its facility id. The
 * doctor's own clinic (a facility they own) is edited in place; otherwise, e.g. when the profile
 * points at a hospital other doctors share, a new unverified clinic owned by the doctor is created,
 * so editing one profile never moves another doctor. `doctors.city_lower` follows by trigger.
 */
export async function saveOwnClinic(
  tx: Tx,
  ownerUserId: number,
  currentFacilityId: number | null,
  clinic: ClinicInput,
): Promise<number> {
  const values = {
    name: clinic.name,
    addressLine: clinic.addressLine ?? null,
    area: clinic.area ?? null,
    city: clinic.city,
    state: clinic.state ?? null,
    pincode: clinic.pincode ?? null,
    latitude: coordinate(clinic.latitude),
    longitude: coordinate(clinic.longitude),
  };
  if (currentFacilityId !== null) {
    const [updated] = await tx
      .update(facilities)
      .set(values)
      .where(and(eq(facilities.id, currentFacilityId), eq(facilities.ownerUserId, ownerUserId)))
      .returning({ id: facilities.id });
    if (updated) return updated.id;
  }
  const [created] = await tx
    .insert(facilities)
    .values({ ...values, type: "clinic", category: "private", ownerUserId, verified: false })
    .returning({ id: facilities.id });
  return created!.id;
}

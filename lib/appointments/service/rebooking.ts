import "server-only";
import { getNextFreeSlots } from "../availability";
import type { Rebooking } from "../notify";

/** How many of the doctor's next free slots a patient notice offers. */
export const REBOOKING_SLOT_COUNT = 3;

/**
 * What a patient who lost an appointment is offered: the doctor's next free slots (as
 * "YYYY-MM-DD HH:MM") and the reason, if any. A doctor who is no longer bookable offers none.
 */
export async function rebookingFor(
  doctorUuid: string,
  reason: string | null,
  now: Date,
): Promise<Rebooking> {
  const slots = await getNextFreeSlots(doctorUuid, REBOOKING_SLOT_COUNT, { now }).catch(() => []);
  return { reason, doctorUuid, nextSlots: slots.map((s) => `${s.date} ${s.time}`) };
}

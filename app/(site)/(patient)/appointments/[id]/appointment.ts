import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getAppointment } from "@/lib/appointments/queries";
import type { Actor } from "@/lib/auth/actor";
import { getDoctor } from "@/lib/doctors/queries";
import { isAppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";

/** One of the actor's appointments, or the 404 page (missing and someone else's look the same). */
export const loadAppointment = cache(async (actor: Actor, id: string) => {
  if (!isUuid(id)) notFound();
  try {
    return await getAppointment(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
});

/** The appointment a rescheduled one links to (either way), or null when there is none. */
export async function linkedAppointment(actor: Actor, id: string | null) {
  if (!id) return null;
  try {
    return await getAppointment(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
}

/** The clinic of the appointment's doctor (clinic visits show the address); null when unlisted. */
export async function clinicOf(doctorId: string) {
  try {
    return (await getDoctor(null, doctorId)).clinic;
  } catch {
    return null; // a doctor no longer listed: the appointment still shows, without the address
  }
}

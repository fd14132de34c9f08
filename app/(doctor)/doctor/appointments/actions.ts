"use server";

import { revalidatePath } from "next/cache";
import { actorOrThrow, failure, formText } from "@/app/(patient)/appointments/action-helpers";
import type { FormResult } from "@/components/booking/types";
import { appointmentIdParamsSchema, updateAppointmentSchema } from "@/lib/appointments/schemas";
import { updateAppointment } from "@/lib/appointments/service";
import { parseInput } from "@/lib/validation/parse-input";

/** The doctor records an outcome (completed | no_show) with optional notes, once the visit started. */
export async function updateAppointmentOutcomeAction(
  _prev: FormResult | null,
  form: FormData,
): Promise<FormResult> {
  try {
    const actor = await actorOrThrow();
    const { id } = parseInput(appointmentIdParamsSchema, { id: formText(form, "id") });
    const notes = formText(form, "doctorNotes");
    const input = parseInput(updateAppointmentSchema, {
      status: formText(form, "status") ?? "",
      ...(notes ? { doctorNotes: notes } : {}),
    });
    await updateAppointment(actor, id, input);
  } catch (error) {
    return failure(error, "outcome");
  }
  revalidatePath("/doctor/appointments");
  return { ok: true };
}

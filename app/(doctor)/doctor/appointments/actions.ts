"use server";

import { revalidatePath } from "next/cache";
import { actorOrThrow } from "@/lib/actions/actor";
import { formOptionalText, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { appointmentFailure } from "@/lib/appointments/action-failure";
import { appointmentIdParamsSchema, updateAppointmentSchema } from "@/lib/appointments/schemas";
import { updateAppointment } from "@/lib/appointments/service";
import { parseInput } from "@/lib/validation/parse-input";

/** The doctor records an outcome (completed | no_show) with optional notes, once the visit started. */
export async function updateAppointmentOutcomeAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const { id } = parseInput(appointmentIdParamsSchema, { id: formText(form, "id") });
    const notes = formOptionalText(form, "doctorNotes");
    const input = parseInput(updateAppointmentSchema, {
      status: formText(form, "status"),
      ...(notes ? { doctorNotes: notes } : {}),
    });
    await updateAppointment(actor, id, input);
  } catch (error) {
    return appointmentFailure(error, "outcome");
  }
  revalidatePath("/doctor/appointments");
  return { ok: true };
}

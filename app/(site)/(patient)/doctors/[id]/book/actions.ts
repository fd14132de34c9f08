"use server";

import { refresh, revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { formOptionalText, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { appointmentFailure } from "@/lib/appointments/action-failure";
import { bookAppointmentSchema } from "@/lib/appointments/schemas";
import { bookAppointmentOnce } from "@/lib/appointments/service";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * Books the chosen slot (#8) -> the confirmation page. 409 (slot just taken) and 422 come back as
 * `{ ok: false, code, message, fieldErrors, values }` for the wizard to show beside the fields,
 * with what was posted handed back (without JavaScript the page renders anew from it).
 * A failure also refreshes the page, so a JavaScript client gets fresh slots and a fresh key.
 * The form's hidden `idempotencyKey` (one per page render) goes to the same domain function as the
 * API's `Idempotency-Key`: a double submit or a retry lands on the first booking's confirmation.
 */
export async function bookAppointmentAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  let id: string;
  try {
    const actor = await actorOrThrow();
    const input = parseInput(bookAppointmentSchema, {
      doctorId: formText(form, "doctorId"),
      date: formText(form, "date"),
      time: formText(form, "time"),
      consultationType: formText(form, "consultationType"),
      symptoms: formOptionalText(form, "symptoms"),
      chiefComplaint: formOptionalText(form, "chiefComplaint"),
      symptomCheckId: formOptionalText(form, "symptomCheckId"),
    });
    const { appointment } = await bookAppointmentOnce(actor, input, {
      idempotencyKey: formOptionalText(form, "idempotencyKey") ?? null,
    });
    id = appointment.id;
  } catch (error) {
    refresh();
    const values = Object.fromEntries(
      ["consultationType", "date", "time", "chiefComplaint", "symptoms"].map((name) => [
        name,
        formText(form, name),
      ]),
    );
    return { ...(await appointmentFailure(error, "book")), values };
  }
  revalidatePath("/appointments");
  redirect(`/appointments/${id}/confirmed`);
}

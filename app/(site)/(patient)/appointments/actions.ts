"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  appointmentIdParamsSchema,
  cancelAppointmentSchema,
  rescheduleAppointmentSchema,
} from "@/lib/appointments/schemas";
import { cancelAppointment, rescheduleAppointment } from "@/lib/appointments/service";
import { rateDoctorSchema } from "@/lib/ratings/schemas";
import { rateDoctor } from "@/lib/ratings/service";
import { parseInput } from "@/lib/validation/parse-input";
import { actorOrThrow } from "@/lib/actions/actor";
import { formOptionalText, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { appointmentFailure } from "@/lib/appointments/action-failure";

/** Cancels one of my appointments (optional reason) -> its detail page with a notice. */
export async function cancelAppointmentAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  let id: string;
  try {
    const actor = await actorOrThrow();
    ({ id } = parseInput(appointmentIdParamsSchema, { id: formText(form, "id") }));
    const reason = formOptionalText(form, "reason");
    const input = parseInput(cancelAppointmentSchema, reason ? { reason } : {});
    await cancelAppointment(actor, id, input);
  } catch (error) {
    return appointmentFailure(error, "cancel");
  }
  revalidatePath("/appointments");
  redirect(`/appointments/${id}?notice=cancelled`);
}

/** Moves one of my appointments to a new free slot (the old one is freed) -> the new appointment. */
export async function rescheduleAppointmentAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  let nextId: string;
  try {
    const actor = await actorOrThrow();
    const { id } = parseInput(appointmentIdParamsSchema, { id: formText(form, "id") });
    const input = parseInput(rescheduleAppointmentSchema, {
      date: formText(form, "date"),
      time: formText(form, "time"),
    });
    const moved = await rescheduleAppointment(actor, id, input);
    nextId = moved.id;
  } catch (error) {
    return appointmentFailure(error, "reschedule");
  }
  revalidatePath("/appointments");
  redirect(`/appointments/${nextId}?notice=rescheduled`);
}

/** Rates the doctor of one of my completed appointments (once per doctor: 409 after that). */
export async function rateDoctorAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const { id: appointmentId } = parseInput(appointmentIdParamsSchema, {
      id: formText(form, "id"),
    });
    const { id: doctorId } = parseInput(appointmentIdParamsSchema, {
      id: formText(form, "doctorId"),
    });
    const input = parseInput(rateDoctorSchema, {
      rating: Number(formText(form, "rating") || 0),
      review: formOptionalText(form, "review"),
      appointmentId,
      wouldRecommend: form.get("wouldRecommend") === "on",
    });
    await rateDoctor(actor, doctorId, input);
  } catch (error) {
    return appointmentFailure(error, "rate");
  }
  revalidatePath(`/appointments/${formText(form, "id")}`);
  return { ok: true };
}

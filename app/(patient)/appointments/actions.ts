"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormResult } from "@/components/booking/types";
import {
  appointmentIdParamsSchema,
  cancelAppointmentSchema,
  rescheduleAppointmentSchema,
} from "@/lib/appointments/schemas";
import { cancelAppointment, rescheduleAppointment } from "@/lib/appointments/service";
import { rateDoctorSchema } from "@/lib/ratings/schemas";
import { rateDoctor } from "@/lib/ratings/service";
import { parseInput } from "@/lib/validation/parse-input";
import { actorOrThrow, failure, formText } from "./action-helpers";

/** Cancels one of my appointments (optional reason) -> its detail page with a notice. */
export async function cancelAppointmentAction(
  _prev: FormResult | null,
  form: FormData,
): Promise<FormResult> {
  let id: string;
  try {
    const actor = await actorOrThrow();
    ({ id } = parseInput(appointmentIdParamsSchema, { id: formText(form, "id") }));
    const reason = formText(form, "reason");
    const input = parseInput(cancelAppointmentSchema, reason ? { reason } : {});
    await cancelAppointment(actor, id, input);
  } catch (error) {
    return failure(error, "cancel");
  }
  revalidatePath("/appointments");
  redirect(`/appointments/${id}?notice=cancelled`);
}

/** Moves one of my appointments to a new free slot (the old one is freed) -> the new appointment. */
export async function rescheduleAppointmentAction(
  _prev: FormResult | null,
  form: FormData,
): Promise<FormResult> {
  let nextId: string;
  try {
    const actor = await actorOrThrow();
    const { id } = parseInput(appointmentIdParamsSchema, { id: formText(form, "id") });
    const input = parseInput(rescheduleAppointmentSchema, {
      date: formText(form, "date") ?? "",
      time: formText(form, "time") ?? "",
    });
    const moved = await rescheduleAppointment(actor, id, input);
    nextId = moved.id;
  } catch (error) {
    return failure(error, "reschedule");
  }
  revalidatePath("/appointments");
  redirect(`/appointments/${nextId}?notice=rescheduled`);
}

/** Rates the doctor of one of my completed appointments (once per doctor: 409 after that). */
export async function rateDoctorAction(
  _prev: FormResult | null,
  form: FormData,
): Promise<FormResult> {
  try {
    const actor = await actorOrThrow();
    const { id: appointmentId } = parseInput(appointmentIdParamsSchema, {
      id: formText(form, "id"),
    });
    const { id: doctorId } = parseInput(appointmentIdParamsSchema, {
      id: formText(form, "doctorId"),
    });
    const input = parseInput(rateDoctorSchema, {
      rating: Number(formText(form, "rating") ?? 0),
      review: formText(form, "review"),
      appointmentId,
      wouldRecommend: form.get("wouldRecommend") === "on",
    });
    await rateDoctor(actor, doctorId, input);
  } catch (error) {
    return failure(error, "rate");
  }
  revalidatePath(`/appointments/${formText(form, "id") ?? ""}`);
  return { ok: true };
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { formOptionalText, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { appointmentFailure } from "@/lib/appointments/action-failure";
import {
  appointmentIdParamsSchema,
  cancelAppointmentSchema,
  declineAppointmentSchema,
  updateAppointmentSchema,
} from "@/lib/appointments/schemas";
import {
  cancelAppointment,
  confirmAppointment,
  declineAppointment,
  updateAppointment,
} from "@/lib/appointments/service";
import { parseInput } from "@/lib/validation/parse-input";

const idOf = (form: FormData) =>
  parseInput(appointmentIdParamsSchema, { id: formText(form, "id") }).id;

const tabs = ["requests", "today", "upcoming", "history"];

/** Back to the tab the form was on, with a notice of what happened (works without JavaScript). */
function done(form: FormData, notice: "accepted" | "declined" | "cancelled"): never {
  revalidatePath("/doctor/appointments");
  const tab = formText(form, "tab");
  redirect(`/doctor/appointments?tab=${tabs.includes(tab) ? tab : "requests"}&notice=${notice}`);
}

/** The doctor records an outcome (completed | no_show) with optional notes, once the visit started. */
export async function updateAppointmentOutcomeAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const id = idOf(form);
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

/** The doctor accepts a pending request; the patient is told. */
export async function confirmRequestAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    await confirmAppointment(await actorOrThrow(), idOf(form));
  } catch (error) {
    return appointmentFailure(error, "answer");
  }
  done(form, "accepted");
}

/** The doctor declines a pending request with a required reason; the patient is told. */
export async function declineRequestAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const id = idOf(form);
    const input = parseInput(declineAppointmentSchema, { reason: formText(form, "reason") });
    await declineAppointment(actor, id, input);
  } catch (error) {
    return appointmentFailure(error, "answer");
  }
  done(form, "declined");
}

/** The doctor cancels a confirmed appointment with a required reason; the patient is told. */
export async function doctorCancelAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const id = idOf(form);
    const input = parseInput(cancelAppointmentSchema, { reason: formText(form, "reason") });
    await cancelAppointment(actor, id, input);
  } catch (error) {
    return appointmentFailure(error, "cancel");
  }
  done(form, "cancelled");
}

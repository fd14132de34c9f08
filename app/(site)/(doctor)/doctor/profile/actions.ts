"use server";

import { revalidatePath } from "next/cache";
import { actionRequestContext, actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { createCalendarFeed, deleteCalendarFeed } from "@/lib/doctors/calendar-feed";
import { getOwnDoctorProfile } from "@/lib/doctors/queries";
import { updateDoctorProfileSchema } from "@/lib/doctors/schemas";
import { updateDoctorProfile } from "@/lib/doctors/service";
import { parseInput } from "@/lib/validation/parse-input";
import { doctorFormFailure, doctorFormInput, doctorFormValues } from "../doctor-form";

/** Saves my doctor profile (specialty, licence and council stay locked once verified). */
export async function updateDoctorProfileAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = doctorFormValues(form);
  try {
    const actor = await actorOrThrow();
    const mine = await getOwnDoctorProfile(actor);
    const input = parseInput(updateDoctorProfileSchema, doctorFormInput(form));
    await updateDoctorProfile(actor, mine.id, input);
  } catch (error) {
    return doctorFormFailure(error, values);
  }
  revalidatePath("/doctor", "layout");
  return { ok: true, values };
}

/** Turns the calendar feed on or rotates it; the URL is in the answer, shown once. */
export async function createCalendarFeedAction(): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const { origin } = await actionRequestContext();
    const { url } = await createCalendarFeed(actor, { origin });
    revalidatePath("/doctor/profile");
    return { ok: true, values: { url } };
  } catch (error) {
    return failure(error, await errorTextFor("DoctorHome.errors"));
  }
}

/** Turns the calendar feed off. */
export async function deleteCalendarFeedAction(): Promise<ActionResult> {
  try {
    await deleteCalendarFeed(await actorOrThrow());
    revalidatePath("/doctor/profile");
    return { ok: true, values: { off: "1" } };
  } catch (error) {
    return failure(error, await errorTextFor("DoctorHome.errors"));
  }
}

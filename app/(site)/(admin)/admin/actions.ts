"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { rejectDoctorSchema, suspendUserSchema } from "@/lib/admin/schemas";
import { rejectDoctor, restoreUser, suspendUser, verifyDoctor } from "@/lib/admin/service";
import { parseInput } from "@/lib/validation/parse-input";

// Public endpoints: each one reads its form and lets lib/admin decide (admins only, 403 otherwise).
// A success goes back to the list with `done=` (post/redirect/get, with or without JavaScript):
// the decided card leaves the queue, so the outcome is said at the top of the page instead.

function backTo(path: string, params: Record<string, string>): never {
  revalidatePath("/admin", "layout");
  redirect(`${path}?${new URLSearchParams(params)}`);
}

/** Verify a pending application (X2). */
export async function verifyDoctorAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    await verifyDoctor(await actorOrThrow(), formText(form, "id"));
  } catch (error) {
    return failure(error, await errorTextFor("Admin.doctors.errors"));
  }
  backTo("/admin/doctors", { done: "verified" });
}

/** Reject a pending application with the reason the applicant will read (required). */
export async function rejectDoctorAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = { reason: formText(form, "reason") };
  try {
    const actor = await actorOrThrow();
    const input = parseInput(rejectDoctorSchema, values);
    await rejectDoctor(actor, formText(form, "id"), input);
  } catch (error) {
    return failure(error, await errorTextFor("Admin.doctors.errors"), values);
  }
  backTo("/admin/doctors", { done: "rejected" });
}

/** The search the users list was showing, kept across a suspend or restore. */
const searchOf = (form: FormData) => formText(form, "q").slice(0, 100);

/** Suspend an account with a reason: signed out everywhere at once. */
export async function suspendUserAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  const values = { reason: formText(form, "reason") };
  try {
    const actor = await actorOrThrow();
    const input = parseInput(suspendUserSchema, values);
    await suspendUser(actor, formText(form, "id"), input);
  } catch (error) {
    return failure(error, await errorTextFor("Admin.users.errors"), values);
  }
  backTo("/admin/users", { q: searchOf(form), done: "suspended" });
}

/** Lift a suspension. */
export async function restoreUserAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  try {
    await restoreUser(await actorOrThrow(), formText(form, "id"));
  } catch (error) {
    return failure(error, await errorTextFor("Admin.users.errors"));
  }
  backTo("/admin/users", { q: searchOf(form), done: "restored" });
}

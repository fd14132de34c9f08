"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { rejectDoctorSchema, suspendUserSchema } from "@/lib/admin/schemas";
import { rejectDoctor, restoreUser, suspendUser, verifyDoctor } from "@/lib/admin/service";
import { parseInput } from "@/lib/validation/parse-input";

// Public endpoints: each one reads its form and lets lib/admin decide (admins only, 403 otherwise).

async function done(path: string, key: string): Promise<ActionResult> {
  revalidatePath(path, "layout");
  const t = await getTranslations("Admin");
  return { ok: true, message: t(key as never) };
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
  return done("/admin", "doctors.verified");
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
  return done("/admin", "doctors.rejected");
}

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
  return done("/admin", "users.suspended");
}

/** Lift a suspension. */
export async function restoreUserAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  try {
    await restoreUser(await actorOrThrow(), formText(form, "id"));
  } catch (error) {
    return failure(error, await errorTextFor("Admin.users.errors"));
  }
  return done("/admin", "users.restored");
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formNumber, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { updateEmergencyStatusSchema } from "@/lib/emergency/schemas";
import { updateEmergencyStatus } from "@/lib/emergency/service";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * Move an emergency one step (X4); lib/emergency decides who may (admins) and which moves are
 * allowed. Success goes back to the dashboard saying what changed (post/redirect/get).
 */
export async function updateEmergencyStatusAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = { etaMinutes: formText(form, "etaMinutes") };
  let done: { status: string; number: string };
  try {
    const actor = await actorOrThrow();
    const input = parseInput(updateEmergencyStatusSchema, {
      status: formText(form, "status"),
      ...(form.has("etaMinutes") ? { etaMinutes: formNumber(form, "etaMinutes") } : {}),
    });
    const updated = await updateEmergencyStatus(actor, formText(form, "id"), input);
    done = { status: updated.status, number: updated.requestNumber };
  } catch (error) {
    return failure(error, await errorTextFor("AdminEmergencies.errors"), values);
  }
  revalidatePath("/admin", "layout");
  redirect(`/admin/emergencies?${new URLSearchParams({ done: done.status, number: done.number })}`);
}

"use server";

import { revalidatePath } from "next/cache";
import { medicationsFromForm } from "@/lib/health-profile/medication-form";
import { updateHealthProfileSchema } from "@/lib/health-profile/schemas";
import { updateHealthProfile } from "@/lib/health-profile/service";
import type { ActionResult } from "@/lib/users/action-result";
import { parseInput } from "@/lib/validation/parse-input";
import { actorOrThrow, failure, formList, formNumber, formText } from "../action-helpers";

/** Saves the medical-history form: the three lists always (an empty list clears), the rest as sent. */
export async function saveMedicalHistoryAction(
  _prev: ActionResult | null,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const input = parseInput(updateHealthProfileSchema, {
      conditions: formList(form, "conditions"),
      allergies: formList(form, "allergies"),
      medications: medicationsFromForm(form),
      heightCm: formNumber(form, "heightCm"),
      weightKg: formNumber(form, "weightKg"),
      bloodPressure: formText(form, "bloodPressure"),
      notes: formText(form, "notes"),
    });
    await updateHealthProfile(actor, "me", input);
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/profile/medical-history");
  return { ok: true };
}

"use server";

import { revalidatePath } from "next/cache";
import { medicationsFromForm } from "@/lib/health-profile/medication-form";
import { updateHealthProfileSchema } from "@/lib/health-profile/schemas";
import { updateHealthProfile } from "@/lib/health-profile/service";
import { parseInput } from "@/lib/validation/parse-input";
import { actorOrThrow } from "@/lib/actions/actor";
import { failure } from "@/lib/actions/failure";
import { formList, formNumber, presentFields } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { profileErrorText } from "../error-text";

/** Saves the medical-history form: the three lists always (an empty list clears), the rest as sent. */
export async function saveMedicalHistoryAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const input = parseInput(updateHealthProfileSchema, {
      conditions: formList(form, "conditions"),
      allergies: formList(form, "allergies"),
      medications: medicationsFromForm(form),
      ...(form.has("heightCm") ? { heightCm: formNumber(form, "heightCm") } : {}),
      ...(form.has("weightKg") ? { weightKg: formNumber(form, "weightKg") } : {}),
      ...presentFields(form, ["bloodPressure", "notes"]),
    });
    await updateHealthProfile(actor, "me", input);
  } catch (error) {
    return failure(error, await profileErrorText());
  }
  revalidatePath("/profile/medical-history");
  return { ok: true };
}

"use server";

import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { updateHealthProfileSchema } from "@/lib/health-profile/schemas";
import { completeOnboardingStep } from "@/lib/users/service";
import { parseInput } from "@/lib/validation/parse-input";
import { applyLocale } from "@/lib/actions/apply-locale";
import { actorOrThrow } from "@/lib/actions/actor";
import { failure } from "@/lib/actions/failure";
import { formList, formNumber, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { abhaInputOf } from "../profile/abha/form-input";
import { profileErrorText } from "../profile/error-text";

/** Step 1: the language (saved on the account and in the cookie), then step 2 in that language. */
export async function saveOnboardingLanguageAction(form: FormData): Promise<void> {
  const actor = await requireActor("/onboarding");
  await applyLocale(actor, form.get("locale"));
  redirect("/onboarding?step=2");
}

/** Step 2: age, gender, city, emergency contact. */
export async function saveBasicInfoAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const input = parseInput(updateHealthProfileSchema, {
      age: formNumber(form, "age"),
      gender: formText(form, "gender"),
      city: formText(form, "city"),
      emergencyContact: formText(form, "emergencyContact"),
    });
    await completeOnboardingStep(actor, "basics", input);
  } catch (error) {
    return failure(error, await profileErrorText());
  }
  redirect("/onboarding?step=3");
}

/**
 * Step 3: blood group, conditions (the ticked picks plus any kept from before; "none" drops the
 * picks), allergies typed as a comma-separated list.
 */
export async function saveHealthInfoAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const none = form.get("noConditions") === "yes";
    const conditions = [
      ...formList(form, "keepConditions"),
      ...(none ? [] : formList(form, "conditions")),
    ];
    const allergies = formText(form, "allergies")
      .split(/[,\n،]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const input = parseInput(updateHealthProfileSchema, {
      bloodGroup: formText(form, "bloodGroup"),
      conditions,
      allergies,
    });
    await completeOnboardingStep(actor, "health", input);
  } catch (error) {
    return failure(error, await profileErrorText());
  }
  redirect("/onboarding?step=4");
}

/** Step 4: link the ABHA number if one was typed (unless skipping), mark onboarding done, go home. */
export async function finishOnboardingAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const skip = form.get("intent") === "skip";
    const abha = !skip && formText(form, "abhaNumber") ? abhaInputOf(form) : undefined;
    await completeOnboardingStep(actor, "finish", { abha });
  } catch (error) {
    return failure(error, await profileErrorText());
  }
  redirect("/dashboard");
}

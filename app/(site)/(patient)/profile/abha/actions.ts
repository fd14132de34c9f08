"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { linkAbha, unlinkAbha } from "@/lib/abha/service";
import { requestAbhaOtp, verifyAbhaOtp } from "@/lib/abha/verification";
import { requireActor } from "@/lib/auth/session";
import { actorOrThrow } from "@/lib/actions/actor";
import { failure } from "@/lib/actions/failure";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { profileErrorText } from "../error-text";
import { abhaErrorText } from "./error-text";
import { abhaInputOf, abhaOtpOf, abhaOtpRequestOf } from "./form-input";

/** Links the ABHA number and/or address typed in. */
export async function linkAbhaAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    await linkAbha(actor, "me", abhaInputOf(form));
  } catch (error) {
    return failure(error, await profileErrorText());
  }
  revalidatePath("/profile/abha");
  revalidatePath("/profile");
  return { ok: true };
}

/** Unlinks both; a plain form post, so it works without JavaScript. */
export async function unlinkAbhaAction(): Promise<void> {
  const actor = await requireActor("/profile/abha");
  await unlinkAbha(actor, "me");
  revalidatePath("/profile");
  redirect("/profile/abha?unlinked=1");
}

/** Asks ABDM to text a code to the mobile registered with the ABHA typed in. */
export async function requestAbhaOtpAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    await requestAbhaOtp(actor, "me", abhaOtpRequestOf(form));
  } catch (error) {
    return failure(error, await abhaErrorText());
  }
  revalidatePath("/profile/abha");
  return { ok: true };
}

/** Checks the code from the SMS; a right one marks the ABHA link verified. */
export async function verifyAbhaOtpAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    await verifyAbhaOtp(actor, "me", abhaOtpOf(form));
  } catch (error) {
    return failure(error, await abhaErrorText());
  }
  revalidatePath("/profile/abha");
  revalidatePath("/profile");
  return { ok: true };
}

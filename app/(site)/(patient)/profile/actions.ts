"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signOut } from "@/auth";
import { AppError } from "@/lib/errors";
import { uploadedFileOf } from "@/lib/storage/multipart";
import { deleteUserSchema, saveProfileSchema } from "@/lib/users/schemas";
import { parseInput } from "@/lib/validation/parse-input";
import { deleteUser, saveProfile, setUserPhoto } from "@/lib/users/service";
import { actorOrThrow } from "@/lib/actions/actor";
import { failure } from "@/lib/actions/failure";
import { formSecret, presentFields } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { profileErrorText } from "./error-text";

/** Saves the personal details form: account fields and two health-profile fields, checked together. */
export async function updateProfileAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const input = parseInput(
      saveProfileSchema,
      presentFields(form, [
        "fullName",
        "phone",
        "dateOfBirth",
        "gender",
        "city",
        "bloodGroup",
        "emergencyContact",
      ]),
    );
    await saveProfile(actor, input);
  } catch (error) {
    return failure(error, await profileErrorText());
  }
  revalidatePath("/profile");
  redirect("/profile?saved=1");
}

/** Replaces the profile photo; the bytes are checked on the server whatever the browser said. */
export async function uploadPhotoAction(_prev: ActionState, form: FormData): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const file = await uploadedFileOf(form.get("photo"));
    if (!file || file.size === 0) {
      throw new AppError("validation_failed", "Choose a photo.", {
        errors: [{ path: "photo", message: "is required" }],
      });
    }
    await setUserPhoto(actor, "me", file);
  } catch (error) {
    const result = failure(error, await profileErrorText());
    // Size and type problems belong beside the photo field.
    if (result.code === "payload_too_large" || result.code === "unsupported_media_type") {
      return { ...result, fieldErrors: { photo: result.message ?? "" } };
    }
    return result;
  }
  revalidatePath("/profile");
  return { ok: true };
}

/** Deletes the account after the password check, ends the session and goes home. */
export async function deleteAccountAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const input = parseInput(deleteUserSchema, {
      password: formSecret(form, "password") || undefined,
    });
    if (form.get("confirm") !== "yes") {
      throw new AppError("validation_failed", "Tick the box to confirm.", {
        errors: [{ path: "confirm", message: "is required" }],
      });
    }
    await deleteUser(actor, "me", input);
  } catch (error) {
    return failure(error, await profileErrorText());
  }
  // Clear the session cookie here and redirect with Next (relative), not through Auth.js's
  // absolute redirect URL, which may name another host than the one the browser is on.
  await signOut({ redirect: false });
  redirect("/");
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { deleteMyDoctorDocument, uploadDoctorDocument } from "@/lib/doctor-documents/service";
import { uploadDoctorDocumentSchema } from "@/lib/doctor-documents/schemas";
import { resubmitDoctorApplication } from "@/lib/doctors/application";
import { createDoctorProfileSchema } from "@/lib/doctors/schemas";
import { createDoctorProfile } from "@/lib/doctors/service";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { uploadedFileOf } from "@/lib/storage/multipart";
import { parseInput } from "@/lib/validation/parse-input";
import { doctorFormFailure, doctorFormInput, doctorFormValues } from "../doctor-form";

const page = "/doctor/onboarding";

/** D1: the signed-in user applies; the profile starts pending and the page shows where it stands. */
export async function applyAsDoctorAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = doctorFormValues(form);
  try {
    const actor = await actorOrThrow();
    await createDoctorProfile(actor, parseInput(createDoctorProfileSchema, doctorFormInput(form)));
  } catch (error) {
    return doctorFormFailure(error, values);
  }
  revalidatePath("/doctor", "layout");
  redirect(`${page}?notice=applied#documents`);
}

/** The error code as the page's `?error=` (shown beside the file field), never the detail. */
const codeOf = (error: unknown) => {
  if (isAppError(error)) return error.code;
  logger.error({ err: error }, "doctor document action failed");
  return "internal";
};

/** Adds a verification document (plain form post; the bytes decide its type). */
export async function uploadDoctorDocumentAction(form: FormData): Promise<void> {
  let outcome: string;
  try {
    const actor = await actorOrThrow();
    const input = parseInput(uploadDoctorDocumentSchema, { kind: formText(form, "kind") });
    const file = await uploadedFileOf(form.get("file"));
    if (!file || file.size === 0) {
      throw new AppError("validation_failed", "Choose a file.", {
        errors: [{ path: "file", message: "is required" }],
      });
    }
    await uploadDoctorDocument(actor, input, file);
    outcome = "notice=uploaded";
  } catch (error) {
    outcome = `error=${codeOf(error)}`;
  }
  revalidatePath(page);
  redirect(`${page}?${outcome}#documents`);
}

/** Deletes one of my documents while the profile is not verified. */
export async function deleteDoctorDocumentAction(form: FormData): Promise<void> {
  let outcome: string;
  try {
    await deleteMyDoctorDocument(await actorOrThrow(), formText(form, "id"));
    outcome = "notice=deleted";
  } catch (error) {
    outcome = `error=${codeOf(error)}`;
  }
  revalidatePath(page);
  redirect(`${page}?${outcome}#documents`);
}

/** Sends a corrected, rejected application back for review. */
export async function resubmitApplicationAction(): Promise<void> {
  let outcome: string;
  try {
    await resubmitDoctorApplication(await actorOrThrow());
    outcome = "notice=resubmitted";
  } catch (error) {
    outcome = `resubmitError=${codeOf(error)}`;
  }
  revalidatePath("/doctor", "layout");
  redirect(`${page}?${outcome}`);
}

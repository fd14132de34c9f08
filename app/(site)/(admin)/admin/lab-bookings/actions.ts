"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionRequestContext, actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formOptionalText, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { setLabBookingStatusSchema } from "@/lib/lab/schemas";
import { setLabBookingStatus, uploadLabReport } from "@/lib/lab/service";
import { uploadedFileOf } from "@/lib/storage/multipart";
import { parseInput } from "@/lib/validation/parse-input";

const done = (status: string, tab: string) =>
  `/admin/lab-bookings?${new URLSearchParams({ done: status, ...(tab ? { status: tab } : {}) })}`;

/** A file problem (too big, wrong type) beside the file field as well as in the summary. */
function withFileError(result: ActionResult): ActionResult {
  if (result.code === "payload_too_large" || result.code === "unsupported_media_type") {
    return { ...result, fieldErrors: { ...result.fieldErrors, file: result.message ?? "" } };
  }
  return result;
}

/** Moves a booking one step, or cancels it with a reason (lib/lab decides who and which). */
export async function setLabStatusAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  let status: string;
  try {
    const actor = await actorOrThrow();
    const input = parseInput(setLabBookingStatusSchema, {
      status: formText(form, "status"),
      reason: formOptionalText(form, "reason"),
    });
    status = (await setLabBookingStatus(actor, formText(form, "id"), input)).status;
  } catch (error) {
    return failure(error, await errorTextFor("AdminLab.errors"), {
      reason: formText(form, "reason"),
    });
  }
  revalidatePath("/admin/lab-bookings");
  redirect(done(status, formText(form, "tab")));
}

/** Uploads a booking's report: filed as the patient's record, the booking becomes report_ready. */
export async function uploadLabReportAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const file = await uploadedFileOf(form.get("file"));
    if (!file || file.size === 0) {
      throw new AppError("validation_failed", "Choose a file.", {
        errors: [{ path: "file", message: "is required" }],
      });
    }
    await uploadLabReport(actor, formText(form, "id"), file, {
      origin: (await actionRequestContext()).origin,
    });
  } catch (error) {
    return withFileError(failure(error, await errorTextFor("AdminLab.errors")));
  }
  revalidatePath("/admin/lab-bookings");
  redirect(done("report_ready", formText(form, "tab")));
}

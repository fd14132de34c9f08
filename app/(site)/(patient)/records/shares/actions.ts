"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { actorOrThrow } from "@/lib/actions/actor";
import { failure } from "@/lib/actions/failure";
import { formList, formOptionalText, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { isAppError } from "@/lib/errors";
import { createRecordShareSchema } from "@/lib/record-shares/schemas";
import { createRecordShare, revokeRecordShare } from "@/lib/record-shares/service";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * The consent's confirm button: shares exactly what the summary stated (doctor, appointment,
 * all or the chosen records, purpose, end) -> the shares list with a notice.
 */
export async function createRecordShareAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    const actor = await actorOrThrow();
    const input = parseInput(createRecordShareSchema, {
      doctorId: formText(form, "doctorId"),
      appointmentId: formOptionalText(form, "appointmentId"),
      recordIds: formText(form, "scope") === "selected" ? formList(form, "recordId") : undefined,
      purpose: formText(form, "purpose"),
      expiresAt: formText(form, "expiresAt"),
    });
    await createRecordShare(actor, input);
  } catch (error) {
    const t = await getTranslations("recordShares.consent");
    return failure(error, () => t("failed"));
  }
  revalidatePath("/records/shares");
  redirect("/records/shares?notice=shared");
}

/**
 * Revokes one of my shares at once (a plain form post: works without JavaScript). Revoking is
 * idempotent; a share that is not mine is a 404 from the domain, shown as the not-found page.
 */
export async function revokeRecordShareAction(form: FormData): Promise<void> {
  const actor = await actorOrThrow();
  try {
    await revokeRecordShare(actor, formText(form, "id"));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") {
      notFound();
    }
    throw error;
  }
  revalidatePath("/records/shares");
  redirect("/records/shares?notice=revoked");
}

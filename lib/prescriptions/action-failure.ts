import "server-only";
import { getTranslations } from "next-intl/server";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import type { ActionResult } from "@/lib/actions/result";
import { isAppError } from "@/lib/errors";
import { editorFieldOf } from "./form";

const allergyMessage = /^patient is allergic to (.+)$/;

/**
 * A refused issue as the editor's state, in the user's language: each error beside its own field
 * and row (`items.2.dosage`), an allergy match as "The patient is allergic to X." with the
 * confirm box switched on (`values.allergy`), every value handed back.
 */
export async function prescriptionFailure(
  error: unknown,
  values: Record<string, string>,
  rowOf: readonly number[],
): Promise<ActionResult> {
  const text = await errorTextFor("Consultation.errors");
  const result = failure(error, text, values);
  if (!isAppError(error) || !error.errors?.length) return result;
  const t = await getTranslations("Consultation.errors");
  const fieldErrors: Record<string, string> = {};
  let allergy = false;
  for (const e of error.errors) {
    const field = editorFieldOf(e.path, rowOf);
    const match = allergyMessage.exec(e.message);
    if (match) allergy = true;
    const last = field.split(".").pop()!;
    fieldErrors[field] ??= match
      ? t("allergy", { allergy: match[1]! })
      : text({ code: error.code, path: last, detail: e.message });
  }
  return {
    ...result,
    fieldErrors,
    values: allergy ? { ...values, allergy: "1" } : values,
  };
}

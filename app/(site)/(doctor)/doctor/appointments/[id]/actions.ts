"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionRequestContext, actorOrThrow } from "@/lib/actions/actor";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { prescriptionFailure } from "@/lib/prescriptions/action-failure";
import { editorValues, prescriptionInputOf, rowsOf } from "@/lib/prescriptions/form";
import { issuePrescriptionSchema } from "@/lib/prescriptions/schemas";
import { issuePrescription } from "@/lib/prescriptions/service";
import { isUuid } from "@/lib/validation/ids";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * The consultation page's editor: "Add another medicine" hands the form back with one more row;
 * "Issue" issues the prescription and comes back to the page, or returns the errors and values.
 */
export async function issuePrescriptionAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = editorValues(form);
  if (formText(form, "intent") === "addRow") {
    return { ok: false, values: { ...values, rows: String(Math.min(20, rowsOf(form) + 1)) } };
  }
  const id = formText(form, "id");
  const { input, rowOf } = prescriptionInputOf(form);
  try {
    const actor = await actorOrThrow();
    const { origin } = await actionRequestContext();
    await issuePrescription(actor, id, parseInput(issuePrescriptionSchema, input), { origin });
  } catch (error) {
    return prescriptionFailure(error, values, rowOf);
  }
  revalidatePath(`/doctor/appointments/${id}`);
  redirect(
    isUuid(id) ? `/doctor/appointments/${id}?issued=1#prescriptions` : "/doctor/appointments",
  );
}

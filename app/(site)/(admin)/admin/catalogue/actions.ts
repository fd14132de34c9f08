"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { labTestFormValuesOf, medicineFormValuesOf } from "@/components/catalogue/form-values";
import { actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { createLabTestSchema, createMedicineSchema } from "@/lib/catalogue/schemas";
import { createLabTest, updateLabTest } from "@/lib/catalogue/service/lab-tests";
import { createMedicine, updateMedicine } from "@/lib/catalogue/service/medicines";
import { parseInput } from "@/lib/validation/parse-input";
import {
  labTestFormInput,
  labTestFormValues,
  medicineFormInput,
  medicineFormValues,
} from "./catalogue-form";

// Public endpoints: each reads its form and lets lib/catalogue decide (admins only, 403
// otherwise). lib/catalogue validates with the same schemas as /api/v1/admin/*.

const medicineErrors = () => errorTextFor("AdminCatalogue.medicines.errors");
const labTestErrors = () => errorTextFor("AdminCatalogue.labTests.errors");

function goTo(path: string, done: string): never {
  revalidatePath("/admin/catalogue", "layout");
  redirect(`${path}?done=${done}`);
}

/** Add a medicine; on success its edit page says so. */
export async function createMedicineAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = medicineFormValues(form);
  let id: string;
  try {
    const actor = await actorOrThrow();
    const input = parseInput(createMedicineSchema, medicineFormInput(form, "create"));
    id = (await createMedicine(actor, input)).id;
  } catch (error) {
    return failure(error, await medicineErrors(), values);
  }
  goTo(`/admin/catalogue/medicines/${id}`, "created");
}

/** Save a medicine's edit form; the answer holds the saved values (and the stock now seen). */
export async function updateMedicineAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = medicineFormValues(form);
  try {
    const saved = await updateMedicine(
      await actorOrThrow(),
      formText(form, "id"),
      medicineFormInput(form, "edit"),
    );
    revalidatePath("/admin/catalogue", "layout");
    return { ok: true, values: medicineFormValuesOf(saved) };
  } catch (error) {
    return failure(error, await medicineErrors(), values);
  }
}

/** Publish or hide a medicine (`isActive` "true" or "false"). */
export async function setMedicinePublishedAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const id = formText(form, "id");
  const isActive = formText(form, "isActive") === "true";
  try {
    await updateMedicine(await actorOrThrow(), id, { isActive });
  } catch (error) {
    return failure(error, await medicineErrors());
  }
  goTo(`/admin/catalogue/medicines/${id}`, isActive ? "published" : "hidden");
}

/** Add a lab test or package; on success its edit page says so. */
export async function createLabTestAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = labTestFormValues(form);
  let id: string;
  try {
    const actor = await actorOrThrow();
    const input = parseInput(createLabTestSchema, labTestFormInput(form, "create"));
    id = (await createLabTest(actor, input)).id;
  } catch (error) {
    return failure(error, await labTestErrors(), values);
  }
  goTo(`/admin/catalogue/lab-tests/${id}`, "created");
}

/** Save a lab test's edit form. */
export async function updateLabTestAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = labTestFormValues(form);
  try {
    const saved = await updateLabTest(
      await actorOrThrow(),
      formText(form, "id"),
      labTestFormInput(form, "edit"),
    );
    revalidatePath("/admin/catalogue", "layout");
    return { ok: true, values: labTestFormValuesOf(saved) };
  } catch (error) {
    return failure(error, await labTestErrors(), values);
  }
}

/** Publish or hide a lab test (`isActive` "true" or "false"). */
export async function setLabTestPublishedAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const id = formText(form, "id");
  const isActive = formText(form, "isActive") === "true";
  try {
    await updateLabTest(await actorOrThrow(), id, { isActive });
  } catch (error) {
    return failure(error, await labTestErrors());
  }
  goTo(`/admin/catalogue/lab-tests/${id}`, isActive ? "published" : "hidden");
}

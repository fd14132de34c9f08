"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { addressInputOf, addressValuesOf } from "@/lib/addresses/form";
import {
  createAddress,
  deleteAddress,
  setDefaultAddress,
  updateAddress,
} from "@/lib/addresses/service";

const page = "/profile/addresses";
const errorText = () => errorTextFor("Addresses.errors");

/** Saves a new address to my book -> the list with a notice. */
export async function createAddressAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    await createAddress(await actorOrThrow(), addressInputOf(form));
  } catch (error) {
    return failure(error, await errorText(), addressValuesOf(form));
  }
  revalidatePath(page);
  redirect(`${page}?notice=saved`);
}

/** Saves the edited address (its id is bound) -> the list with a notice. */
export async function updateAddressAction(
  id: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    await updateAddress(await actorOrThrow(), id, addressInputOf(form));
  } catch (error) {
    return failure(error, await errorText(), addressValuesOf(form));
  }
  revalidatePath(page);
  redirect(`${page}?notice=saved`);
}

/** Deletes one of my addresses (id in the form) -> the list with a notice. */
export async function deleteAddressAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    await deleteAddress(await actorOrThrow(), formText(form, "id"));
  } catch (error) {
    return failure(error, await errorText());
  }
  revalidatePath(page);
  redirect(`${page}?notice=deleted`);
}

/** Makes one of my addresses the default (id in the form) -> the list with a notice. */
export async function setDefaultAddressAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  try {
    await setDefaultAddress(await actorOrThrow(), formText(form, "id"));
  } catch (error) {
    return failure(error, await errorText());
  }
  revalidatePath(page);
  redirect(`${page}?notice=default`);
}

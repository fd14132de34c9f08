"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actionRequestContext, actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { answerSupportTicket, closeSupportTicket } from "@/lib/support/service";

const errorText = () => errorTextFor("AdminSupport.errors");

/** Support answers a ticket (its id is bound); lib/support decides who may (admins). */
export async function answerSupportTicketAction(
  id: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const body = formText(form, "body");
  try {
    const [actor, ctx] = await Promise.all([actorOrThrow(), actionRequestContext()]);
    await answerSupportTicket(actor, id, { body }, { origin: ctx.origin });
  } catch (error) {
    return failure(error, await errorText(), { body });
  }
  revalidatePath("/admin/support");
  redirect(`/admin/support/${id}?notice=answered`);
}

/** Support closes a ticket (id in the form). */
export async function closeSupportTicketAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const id = formText(form, "id");
  try {
    await closeSupportTicket(await actorOrThrow(), id);
  } catch (error) {
    return failure(error, await errorText());
  }
  revalidatePath("/admin/support");
  redirect(`/admin/support/${id}?notice=closed`);
}

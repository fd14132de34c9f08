"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { replyToMySupportTicket } from "@/lib/support/service";

/** My reply on one of my tickets (its id is bound) -> the conversation with a notice. */
export async function replyToSupportTicketAction(
  id: string,
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const body = formText(form, "body");
  try {
    await replyToMySupportTicket(await actorOrThrow(), id, { body });
  } catch (error) {
    return failure(error, await errorTextFor("SupportTickets.errors"), { body });
  }
  revalidatePath("/help/tickets");
  redirect(`/help/tickets/${id}?notice=sent`);
}

"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { actionRequestContext } from "@/lib/actions/actor";
import { errorTextFor } from "@/lib/actions/error-text";
import { failure } from "@/lib/actions/failure";
import { formOptionalText, formText } from "@/lib/actions/form-data";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import { getActor } from "@/lib/auth/session";
import { createSupportTicket } from "@/lib/support/service";

/**
 * "Send us a message" (#30) from guests and signed-in people alike -> the Help page confirming
 * the ticket number (post/redirect/get). The reply language is the page's.
 */
export async function createSupportTicketAction(
  _prev: ActionState,
  form: FormData,
): Promise<ActionResult> {
  const values = {
    subject: formText(form, "subject"),
    message: formText(form, "message"),
    email: formText(form, "email"),
  };
  let number: string;
  try {
    const [actor, locale, ctx] = await Promise.all([
      getActor(),
      getLocale(),
      actionRequestContext(),
    ]);
    const ticket = await createSupportTicket(
      actor,
      {
        subject: values.subject,
        message: values.message,
        email: formOptionalText(form, "email"),
        locale: locale === "hi" ? "hi" : "en",
      },
      ctx,
    );
    number = ticket.number.slice(1);
  } catch (error) {
    return failure(error, await errorTextFor("Help.form.errors"), values);
  }
  redirect(`/help?sent=${number}#message`);
}

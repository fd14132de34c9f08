"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { actorOrThrow } from "@/lib/actions/actor";
import { formText } from "@/lib/actions/form-data";
import type { CreateConversationInput } from "@/lib/coach/schemas";
import { createConversation, deleteConversation, postMessage } from "@/lib/coach/service";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";

/** The error code to show on the page after a failed post (the page words it). */
function errorCode(error: unknown): string {
  if (isAppError(error)) return error.code;
  logger.error({ err: error }, "coach action failed");
  return "internal";
}

/**
 * Starts a conversation from the /coach form or a starter prompt; with a first message the whole
 * answer is computed here (the no-JavaScript door), then the conversation opens.
 */
export async function startConversationAction(form: FormData): Promise<void> {
  let target: string;
  try {
    const actor = await actorOrThrow();
    const message = formText(form, "message");
    const topic = formText(form, "topic") || undefined;
    const conversation = await createConversation(actor, {
      ...(topic ? { topic: topic as CreateConversationInput["topic"] } : {}),
      ...(message ? { message } : {}),
    });
    target = `/coach/${conversation.id}`;
    if (message) {
      const reply = await postMessage(
        actor,
        conversation.id,
        { content: message },
        {
          locale: await getLocale(),
        },
      );
      await reply.complete();
    }
  } catch (error) {
    redirect(`/coach?error=${errorCode(error)}`);
  }
  revalidatePath("/coach");
  redirect(target);
}

/** Sends a message without JavaScript: the whole answer is computed, then the page reloads. */
export async function sendMessageAction(conversationId: string, form: FormData): Promise<void> {
  try {
    const actor = await actorOrThrow();
    const reply = await postMessage(
      actor,
      conversationId,
      { content: formText(form, "content") },
      { locale: await getLocale() },
    );
    await reply.complete();
  } catch (error) {
    const code = errorCode(error);
    if (code === "not_found") redirect("/coach");
    redirect(`/coach/${conversationId}?error=${code}#composer`);
  }
  redirect(`/coach/${conversationId}#latest`);
}

/** Deletes one of my conversations, then back to the list with a notice. */
export async function deleteConversationAction(conversationId: string): Promise<void> {
  try {
    await deleteConversation(await actorOrThrow(), conversationId);
  } catch (error) {
    const code = errorCode(error);
    if (code !== "not_found") redirect(`/coach/${conversationId}?error=${code}`);
  }
  revalidatePath("/coach");
  redirect("/coach?deleted=1");
}

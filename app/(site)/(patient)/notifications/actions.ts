"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { formText } from "@/lib/actions/form-data";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { isAppError } from "@/lib/errors";
import { inboxUrl, inboxViewOf } from "@/lib/notifications/inbox-url";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/service";

/** The list the form was posted from (its hidden filter and page), to come back to. */
function viewOf(form: FormData) {
  return inboxViewOf({ filter: form.get("filter"), page: form.get("page") });
}

/** Where a failed inbox write lands: the same list, with the reason (a plain redirect: no JS). */
function failedUrl(form: FormData, error: unknown): string {
  if (!isAppError(error)) throw error;
  const { filter, page } = viewOf(form);
  const reason = error.code === "rate_limited" ? "rateLimited" : "failed";
  return inboxUrl(filter, page, { error: reason });
}

/** Marks one of my notifications read -> the same list with a notice. */
export async function markNotificationReadAction(form: FormData): Promise<void> {
  let target: string;
  try {
    await markNotificationRead(await actorOrThrow(), formText(form, "id"));
    const { filter, page } = viewOf(form);
    target = inboxUrl(filter, page, { notice: "read" });
  } catch (error) {
    target = failedUrl(form, error);
  }
  revalidatePath("/", "layout");
  redirect(target);
}

/** Follows a notification: marks it read, then goes to the thing it is about (always internal). */
export async function openNotificationAction(form: FormData): Promise<void> {
  let target: string;
  try {
    const { link } = await markNotificationRead(await actorOrThrow(), formText(form, "id"));
    target = safeCallbackUrl(link) ?? inboxUrl(viewOf(form).filter, viewOf(form).page);
  } catch (error) {
    target = failedUrl(form, error);
  }
  revalidatePath("/", "layout");
  redirect(target);
}

/** Marks all my notifications read -> the list with how many were marked. */
export async function markAllNotificationsReadAction(form: FormData): Promise<void> {
  let target: string;
  try {
    const { marked } = await markAllNotificationsRead(await actorOrThrow());
    target = inboxUrl(viewOf(form).filter, 1, { notice: "allRead", count: String(marked) });
  } catch (error) {
    target = failedUrl(form, error);
  }
  revalidatePath("/", "layout");
  redirect(target);
}

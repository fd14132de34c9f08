"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { actorOrThrow } from "@/lib/actions/actor";
import { isAppError } from "@/lib/errors";
import { preferenceKeys, type NotificationPreferences } from "@/lib/notifications/schemas";
import { updateNotificationPreferences } from "@/lib/notifications/service";

const page = "/settings/notifications";

/**
 * Saves every switch of the form (an unticked checkbox is not sent, so it reads as off) and comes
 * back with "Saved" (post/redirect/get: works without JavaScript).
 */
export async function saveNotificationPreferencesAction(form: FormData): Promise<void> {
  const choices = Object.fromEntries(
    preferenceKeys.map((key) => [key, form.get(key) !== null]),
  ) as NotificationPreferences;
  let target = `${page}?saved=1`;
  try {
    await updateNotificationPreferences(await actorOrThrow(), choices);
  } catch (error) {
    if (!isAppError(error)) throw error;
    target = `${page}?error=${error.code === "rate_limited" ? "rateLimited" : "failed"}`;
  }
  revalidatePath(page);
  redirect(target);
}

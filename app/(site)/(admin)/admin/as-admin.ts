import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";

/**
 * Runs a page's domain reads for the signed-in actor (anonymous visitors go to sign-in first).
 * The domain decides who is an admin: its forbidden becomes null, and the page shows AdminOnly.
 */
export async function asAdmin<T>(
  returnTo: string,
  load: (actor: Actor) => Promise<T>,
): Promise<T | null> {
  const actor = await requireActor(returnTo);
  try {
    return await load(actor);
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden") return null;
    throw error;
  }
}

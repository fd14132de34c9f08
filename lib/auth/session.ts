import "server-only";
import type { Actor } from "./actor";

/**
 * The signed-in actor of the current page or server action (Auth.js session cookie), or null.
 * Being written now; the signature is fixed.
 */
export async function getActor(): Promise<Actor | null> {
  return null;
}

/** The signed-in actor, or a redirect to /login?callbackUrl=<returnTo>. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    const { redirect } = await import("next/navigation");
    redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return actor;
}

import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import type { Actor } from "./actor";
import { loadSessionActor } from "./actor-store";
import { revokeBrowserSession } from "./browser-sessions";
import { sessionClaims } from "./session-claims";

/**
 * The signed-in actor of the current page or server action (Auth.js session cookie), or null when
 * there is none or its server-side session has ended (signed out, expired or idle too long).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const claims = await sessionClaims();
  return claims ? loadSessionActor(claims.uid, claims.sv, claims.sid) : null;
});

/**
 * Ends the server-side session of the cookie this request carries, if any: the API's sign-out for
 * a browser caller, so that a copy of the cookie dies as it does after the sign-out button.
 */
export async function endCurrentBrowserSession(): Promise<void> {
  const session = (await auth()) as { uid?: string; sid?: string } | null;
  if (session?.uid && session.sid) await revokeBrowserSession(session.uid, session.sid);
}

/** The signed-in actor, or a redirect to /login?callbackUrl=<returnTo>. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

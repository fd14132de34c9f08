import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import type { Actor } from "./actor";
import { loadActor } from "./actor-store";

/** The signed-in actor of the current page or server action (Auth.js session cookie), or null. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { uid?: string; sv?: number } | null;
  if (!session?.uid || typeof session.sv !== "number") return null;
  return loadActor(session.uid, session.sv);
});

/** The signed-in actor, or a redirect to /login?callbackUrl=<returnTo>. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

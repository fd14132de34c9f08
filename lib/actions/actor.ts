import "server-only";
import { headers } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { requestContextOf } from "@/lib/auth/request-context";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

/** The signed-in actor, or a 401: server actions are public endpoints, so each one checks. */
export async function actorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("unauthenticated", "Sign in again.");
  return actor;
}

/** Where the action's request came from, for rate limits and the links in mails. */
export async function actionRequestContext() {
  return requestContextOf({ headers: new Headers(await headers()) });
}

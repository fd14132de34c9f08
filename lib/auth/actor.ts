import "server-only";
import type { UserRole } from "@/db/schema/users";
import { AppError } from "@/lib/errors";
import { verifyAccessToken } from "./access-token";
import { loadTokenActor } from "./actor-store";

export type Role = UserRole;

/** Who is asking. Domain functions take it first and authorize against it. */
export interface Actor {
  userId: number;
  userUuid: string;
  role: Role;
  doctorId: number | null;
}

interface ApiCaller {
  actor: Actor | null;
  via: "bearer" | "cookie" | null;
}

const sessionCookie = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/**
 * The actor of an /api/v1 request: a bearer access token, else the Auth.js session cookie. A bearer
 * token that does not verify (expired, forged, from before a sign-out-everywhere, of a logged-out
 * refresh-token family, of a deleted user) is a 401, never a silent fall-back to anonymous.
 */
export async function resolveApiActor(request: Request): Promise<ApiCaller> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const claims = match ? await verifyAccessToken(match[1]!) : null;
    const actor = claims
      ? await loadTokenActor(claims.userUuid, claims.sessionVersion, claims.familyId)
      : null;
    if (!actor) throw new AppError("unauthenticated", "The access token is invalid or expired.");
    return { actor, via: "bearer" };
  }
  if (sessionCookie.test(request.headers.get("cookie") ?? "")) {
    const { getActor } = await import("./session");
    const actor = await getActor();
    return { actor, via: actor ? "cookie" : null };
  }
  return { actor: null, via: null };
}

import "server-only";

export type Role = "patient" | "doctor" | "admin";

/** Who is asking. Domain functions take it first and authorize against it. */
export interface Actor {
  userId: number;
  userUuid: string;
  role: Role;
  doctorId: number | null;
}

/**
 * Resolves the actor of an API request from a bearer token or the Auth.js session cookie.
 * Accounts (sign-in, tokens, sessions) are not built yet, so every request is anonymous for now;
 * the wrapper already routes every request through here so that adding them changes one file.
 */
export async function resolveApiActor(_request: Request): Promise<Actor | null> {
  return null;
}

import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

/**
 * Why the actor may act on something a user owns: it is theirs, they are an admin and the
 * operation lets admins in, or (health records only) a live share the owner granted them
 * (lib/record-shares/grant.ts decides that one). Callers audit anything but "self".
 */
export type AccessVia = "self" | "admin" | "consent";

/** Who besides the owner an operation lets in. */
export interface AccessRule {
  /** Admins may act on anyone's. */
  admins?: boolean;
}

/** The not_found for a missing resource, and for someone else's (nobody learns it exists). */
export const notFound = (what: string) => new AppError("not_found", `No such ${what}.`);

/** How the actor may reach an object owned by `ownerId` under `rule`, or null when they may not. */
export function accessVia(actor: Actor, ownerId: number, rule: AccessRule = {}): AccessVia | null {
  if (ownerId === actor.userId) return "self";
  if (rule.admins && actor.role === "admin") return "admin";
  return null;
}

/** The row, or not_found when it is missing: `foundOr(row, "doctor")`. */
export function foundOr<T>(row: T | null | undefined, what: string): T {
  if (row === null || row === undefined) throw notFound(what);
  return row;
}

/**
 * The row when the actor may reach it (`ownerId` names its owner), else not_found: someone
 * else's object answers exactly like a missing one.
 */
export function ownedOrNotFound<T extends { ownerId: number }>(
  actor: Actor,
  row: T | null | undefined,
  what: string,
  rule: AccessRule = {},
): T & { via: AccessVia } {
  const found = foundOr(row, what);
  const via = accessVia(actor, found.ownerId, rule);
  if (!via) throw notFound(what);
  return { ...found, via };
}

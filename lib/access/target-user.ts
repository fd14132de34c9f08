import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/validation/ids";
import { accessVia, notFound, type AccessRule, type AccessVia } from "./owner";

export interface TargetUser {
  id: number;
  uuid: string;
  /** How the actor reached this user: themselves, or as an admin (audit that). */
  via: AccessVia;
}

/** The not_found every user lookup answers, for a missing, deleted or someone else's account. */
export const noSuchUser = () => notFound("user");

/**
 * The user `idOrMe` names, if the actor may act on it: themselves ("me" or their own id), or
 * anyone when `admins` is true and the actor is an admin. Everyone else, deleted accounts and
 * malformed ids are `not_found`, so nobody learns whether another account exists.
 */
export async function resolveTargetUser(
  actor: Actor,
  idOrMe: string,
  rule: AccessRule = {},
  q: Queryable = db,
): Promise<TargetUser> {
  const self = idOrMe === "me" || idOrMe.toLowerCase() === actor.userUuid.toLowerCase();
  if (!self && !isUuid(idOrMe)) throw noSuchUser();
  const [row] = await q
    .select({ id: users.id, uuid: users.uuid })
    .from(users)
    .where(
      and(
        self ? eq(users.id, actor.userId) : eq(users.uuid, idOrMe.toLowerCase()),
        isNull(users.deletedAt),
      ),
    )
    .limit(1);
  // The same rule every owned object uses (health records will add consent to it).
  const via = row ? accessVia(actor, row.id, rule) : null;
  if (!row || !via) throw noSuchUser();
  return { ...row, via };
}

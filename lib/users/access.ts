import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TargetUser {
  id: number;
  uuid: string;
}

export const noSuchUser = () => new AppError("not_found", "No such user.");

/**
 * The user `idOrMe` names, if the actor may act on it: themselves ("me" or their own id), or
 * anyone when `admins` is true and the actor is an admin. Everyone else, deleted accounts and
 * malformed ids are `not_found`, so nobody learns whether another account exists.
 */
export async function resolveTargetUser(
  actor: Actor,
  idOrMe: string,
  { admins = false }: { admins?: boolean } = {},
  q: Queryable = db,
): Promise<TargetUser> {
  const self = idOrMe === "me" || idOrMe.toLowerCase() === actor.userUuid.toLowerCase();
  if (!self && !(admins && actor.role === "admin" && uuidPattern.test(idOrMe))) throw noSuchUser();
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
  if (!row) throw noSuchUser();
  return row;
}

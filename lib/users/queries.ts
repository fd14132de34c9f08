import "server-only";
import { eq } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { doctors, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { foundOr } from "@/lib/access/owner";
import { getStorage, type StoredFile } from "@/lib/storage";
import { resolveTargetUser, noSuchUser } from "@/lib/access/target-user";
import { toUserDto } from "./mappers";
import type { UserDto } from "./schemas";

const userDtoColumns = {
  uuid: users.uuid,
  email: users.email,
  fullName: users.fullName,
  phone: users.phone,
  phoneVerifiedAt: users.phoneVerifiedAt,
  role: users.role,
  locale: users.locale,
  emailVerifiedAt: users.emailVerifiedAt,
  photoKey: users.photoKey,
  createdAt: users.createdAt,
  doctorUuid: doctors.uuid,
};

/** The UserDto of a user by internal id (callers have authorized already). */
export async function loadUserDto(userId: number, q: Queryable = db): Promise<UserDto> {
  const [row] = await q
    .select(userDtoColumns)
    .from(users)
    .leftJoin(doctors, eq(doctors.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) throw noSuchUser();
  return toUserDto(row);
}

/** A user: the actor themselves ("me"), or anyone for an admin; others are not found. */
export async function getUser(actor: Actor, idOrMe: string): Promise<UserDto> {
  const target = await resolveTargetUser(actor, idOrMe, { admins: true });
  return loadUserDto(target.id);
}

/** Whether the actor's own account has a password (deleting it then asks for it). */
export async function accountHasPassword(actor: Actor): Promise<boolean> {
  const target = await resolveTargetUser(actor, "me");
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, target.id))
    .limit(1);
  return Boolean(row?.passwordHash);
}

/** A user's profile photo (themselves, or anyone for an admin); not_found when there is none. */
export async function getUserPhoto(actor: Actor, idOrMe: string): Promise<StoredFile> {
  const target = await resolveTargetUser(actor, idOrMe, { admins: true });
  const [row] = await db
    .select({ photoKey: users.photoKey })
    .from(users)
    .where(eq(users.id, target.id))
    .limit(1);
  const photoKey = foundOr(row?.photoKey, "photo");
  return foundOr(await getStorage().getFile(photoKey), "photo");
}

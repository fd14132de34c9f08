import "server-only";
import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { doctors, users } from "@/db/schema";
import type { Actor } from "./actor";
import { homeFor } from "./callback-url";
import { AppError } from "@/lib/errors";
import { toAuthUserDto, type AuthUserRow } from "./mappers";
import type { AuthUserDto } from "./schemas";

const authUserColumns = {
  id: users.id,
  uuid: users.uuid,
  email: users.email,
  fullName: users.fullName,
  phone: users.phone,
  role: users.role,
  locale: users.locale,
  emailVerifiedAt: users.emailVerifiedAt,
  sessionVersion: users.sessionVersion,
  passwordHash: users.passwordHash,
  doctorUuid: doctors.uuid,
  suspendedAt: users.suspendedAt,
};

/** A live (not deleted) user matching `where`. Internal: does not authorize. */
export async function findAuthUser(where: SQL): Promise<AuthUserRow | undefined> {
  const [row] = await db
    .select(authUserColumns)
    .from(users)
    .leftJoin(doctors, eq(doctors.userId, users.id))
    .where(and(where, isNull(users.deletedAt)))
    .limit(1);
  return row;
}

/** A live user by email, compared case-insensitively. Internal: does not authorize. */
export const findAuthUserByEmail = (email: string) =>
  findAuthUser(sql`lower(${users.email}) = ${email.toLowerCase()}`);

/** Where a live account lands after signing in: its role's home. Internal: does not authorize. */
export async function homeOfAccount(email: string): Promise<string> {
  const user = await findAuthUserByEmail(email);
  return homeFor(user?.role ?? "patient");
}

/** The signed-in user (`GET /auth/me`). */
export async function getMe(actor: Actor): Promise<AuthUserDto> {
  const user = await findAuthUser(eq(users.id, actor.userId));
  if (!user) throw new AppError("unauthenticated", "This account no longer exists.");
  return toAuthUserDto(user);
}

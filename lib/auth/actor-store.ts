import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { doctors, users } from "@/db/schema";
import type { Actor } from "./actor";

/**
 * The actor behind a session or token, if the account still exists and the credential was issued
 * under its current session version (sign-out-everywhere, password change and deletion bump it).
 */
export async function loadActor(userUuid: string, sessionVersion: number): Promise<Actor | null> {
  if (!/^[0-9a-f-]{36}$/i.test(userUuid)) return null;
  const [row] = await db
    .select({
      userId: users.id,
      userUuid: users.uuid,
      role: users.role,
      sessionVersion: users.sessionVersion,
      doctorId: doctors.id,
    })
    .from(users)
    .leftJoin(doctors, eq(doctors.userId, users.id))
    .where(and(eq(users.uuid, userUuid), isNull(users.deletedAt)))
    .limit(1);
  if (!row || row.sessionVersion !== sessionVersion) return null;
  return { userId: row.userId, userUuid: row.userUuid, role: row.role, doctorId: row.doctorId };
}

import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** The account row: exported without secrets; anonymised (never deleted) on erase. */
export const usersAccount = defineAccountPart({
  domain: "users",
  async exportForUser(userId) {
    const [account] = await db
      .select({
        id: users.uuid,
        email: users.email,
        fullName: users.fullName,
        phone: users.phone,
        role: users.role,
        locale: users.locale,
        emailVerifiedAt: users.emailVerifiedAt,
        lastLoginAt: users.lastLoginAt,
        createdAt: users.createdAt,
        updatedAt: users.updatedAt,
        hasPhoto: users.photoKey,
        hasPassword: users.passwordHash,
      })
      .from(users)
      .where(eq(users.id, userId));
    const { hasPhoto, hasPassword, ...user } = account!;
    return { user: { ...user, hasPhoto: hasPhoto !== null, hasPassword: hasPassword !== null } };
  },
  /**
   * Runs first (lib/account/domains.ts): locks the row, so two deletions of one account queue. The
   * row stays (appointments, orders and payments point at it and are kept for the doctor's and
   * the tax records) but loses name, email, phone, photo and password; the session version moves
   * on so every session and token dies.
   */
  async eraseForUser(tx, userId) {
    const [user] = await tx
      .select({ uuid: users.uuid, photoKey: users.photoKey })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    await tx
      .update(users)
      .set({
        email: `deleted+${user!.uuid}@invalid`,
        fullName: "Deleted user",
        phone: null,
        phoneVerifiedAt: null,
        photoKey: null,
        passwordHash: null,
        emailVerifiedAt: null,
        lastLoginAt: null,
        deletedAt: new Date(),
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, userId));
    return [user!.photoKey];
  },
  userColumns: {},
});

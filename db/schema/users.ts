import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { localeEnum } from "./_enums";

export const userRoles = ["patient", "doctor", "admin"] as const;
export type UserRole = (typeof userRoles)[number];
export const userRoleEnum = pgEnum("user_role", userRoles);

export const users = pgTable(
  "users",
  {
    id: id(),
    uuid: publicId(),
    /** Unique case-insensitively (`users_email_lower_uniq`); store it trimmed. */
    email: text().notNull(),
    /** argon2id; null for OAuth-only accounts. */
    passwordHash: text(),
    fullName: text().notNull(),
    phone: text(),
    /**
     * Set when the owner proved the number with a one-time code; only a verified number signs in
     * by OTP or receives SMS. Changing `phone` clears it.
     */
    phoneVerifiedAt: timestamptz(),
    /** Storage key of the profile photo (never a public URL). */
    photoKey: text(),
    role: userRoleEnum().notNull().default("patient"),
    locale: localeEnum().notNull().default("en"),
    emailVerifiedAt: timestamptz(),
    /** Bumped on sign-out-everywhere, password change, role change and deletion; JWTs carry it. */
    sessionVersion: integer().notNull().default(0),
    lastLoginAt: timestamptz(),
    /**
     * Set by an admin to lock the account (X: suspend); sign-in, sessions and tokens all refuse a
     * suspended user. Suspending also bumps `session_version`, so live sessions end at once.
     */
    suspendedAt: timestamptz(),
    suspensionReason: text(),
    /** Set when the account is deleted/anonymised. */
    deletedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("users_email_lower_uniq").on(sql`lower(${t.email})`),
    index("users_role_idx").on(t.role),
    // A verified number belongs to one live account (OTP sign-in finds it).
    uniqueIndex("users_verified_phone_uniq")
      .on(t.phone)
      .where(sql`${t.phoneVerifiedAt} is not null and ${t.deletedAt} is null`),
    check("users_email_check", sql`position('@' in ${t.email}) > 1`),
    check("users_session_version_check", sql`${t.sessionVersion} >= 0`),
    check(
      "users_suspension_reason_check",
      sql`${t.suspendedAt} is null or ${t.suspensionReason} is not null`,
    ),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

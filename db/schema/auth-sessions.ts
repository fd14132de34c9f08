import { index, integer, pgTable, uuid } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./_columns";
import { users } from "./users";

/**
 * One row per signed-in browser; the Auth.js cookie carries its id (`sid`). Sign-out sets
 * `revoked_at`, so a copied cookie dies with it. `last_seen_at` moves at most once a minute and
 * drives the idle timeout; `expires_at` is the absolute lifetime (lib/auth/session-policy.ts).
 */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamptz().notNull().defaultNow(),
    expiresAt: timestamptz().notNull(),
    revokedAt: timestamptz(),
  },
  (t) => [index("auth_sessions_user_id_idx").on(t.userId)],
);

export type AuthSessionRow = typeof authSessions.$inferSelect;

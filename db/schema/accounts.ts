import { index, integer, pgTable, text, unique } from "drizzle-orm/pg-core";
import { id, publicId, timestamps } from "./_columns";
import { users } from "./users";

/** OAuth accounts linked to a user (Auth.js shape: Google, GitHub). */
export const accounts = pgTable(
  "accounts",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** "oauth" | "oidc" | ... */
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refreshToken: text(),
    accessToken: text(),
    /** Seconds since the epoch, as Auth.js gives it. */
    expiresAt: integer(),
    tokenType: text(),
    scope: text(),
    idToken: text(),
    sessionState: text(),
    ...timestamps(),
  },
  (t) => [
    unique("accounts_provider_account_uniq").on(t.provider, t.providerAccountId),
    index("accounts_user_id_idx").on(t.userId),
  ],
);

export type AccountRow = typeof accounts.$inferSelect;
export type NewAccountRow = typeof accounts.$inferInsert;

import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { users } from "./users";

/** Single-use password reset tokens (hash only, 1 h). */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique("password_reset_tokens_token_hash_uniq"),
    expiresAt: timestamptz().notNull(),
    usedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [index("password_reset_tokens_user_id_idx").on(t.userId)],
);

export type PasswordResetTokenRow = typeof passwordResetTokens.$inferSelect;
export type NewPasswordResetTokenRow = typeof passwordResetTokens.$inferInsert;

import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { id, publicId, timestamps, timestamptz } from "./_columns";
import { users } from "./users";

/** Single-use email verification tokens (hash only). */
export const emailVerificationTokens = pgTable(
  "email_verification_tokens",
  {
    id: id(),
    uuid: publicId(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique("email_verification_tokens_token_hash_uniq"),
    expiresAt: timestamptz().notNull(),
    usedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [index("email_verification_tokens_user_id_idx").on(t.userId)],
);

export type EmailVerificationTokenRow = typeof emailVerificationTokens.$inferSelect;
export type NewEmailVerificationTokenRow = typeof emailVerificationTokens.$inferInsert;

import "server-only";
import { eq } from "drizzle-orm";
import { idempotencyKeys } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** Stored responses to retried requests (they hold personal data): not exported, deleted. */
export const idempotencyAccount = defineAccountPart({
  domain: "idempotency",
  async eraseForUser(tx, userId) {
    await tx.delete(idempotencyKeys).where(eq(idempotencyKeys.userId, userId));
  },
  userColumns: { erased: [idempotencyKeys.userId] },
});

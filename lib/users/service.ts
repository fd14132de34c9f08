import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { users } from "@/db/schema";
import { eraseAccount } from "@/lib/account/registry";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { upsertHealthProfile } from "@/lib/health-profile/store";
import { resolveTargetUser } from "./access";
import { loadUserDto } from "./queries";
import type { DeleteUserInput, UpdateUserInput, UserDto } from "./schemas";

/**
 * Updates a user (themselves, or anyone for an admin): name, phone and locale on the account;
 * date of birth, gender and city on the health profile. One transaction.
 */
export async function updateUser(
  actor: Actor,
  idOrMe: string,
  input: UpdateUserInput,
): Promise<UserDto> {
  const target = await resolveTargetUser(actor, idOrMe, { admins: true });
  return translateDbErrors(() =>
    db.transaction(async (tx) => {
      const account = {
        ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
      };
      if (Object.keys(account).length > 0)
        await tx.update(users).set(account).where(eq(users.id, target.id));
      const profile = {
        ...(input.dateOfBirth !== undefined ? { dateOfBirth: input.dateOfBirth } : {}),
        ...(input.gender !== undefined ? { gender: input.gender } : {}),
        ...(input.city !== undefined ? { city: input.city } : {}),
      };
      if (Object.keys(profile).length > 0) await upsertHealthProfile(tx, target.id, profile);
      return loadUserDto(target.id, tx);
    }),
  );
}

const wrongPassword = () =>
  new AppError("validation_failed", "The password is not correct.", {
    errors: [{ path: "password", message: "is not correct" }],
  });

/**
 * Re-authentication for deletion: the acting user confirms with their own password when their
 * account has one (a user deleting themselves, or an admin deleting someone). Accounts that sign
 * in only with Google/GitHub have no password to give.
 */
async function confirmPassword(actor: Actor, password: string | undefined): Promise<void> {
  const [me] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.userId))
    .limit(1);
  if (!me?.passwordHash) return;
  if (!password) {
    throw new AppError("validation_failed", "Confirm with your password.", {
      errors: [{ path: "password", message: "is required to delete the account" }],
    });
  }
  if (!(await verifyPassword(me.passwordHash, password))) throw wrongPassword();
}

/**
 * Deletes an account (themselves, or anyone for an admin): every domain registered with the
 * account registry (lib/account) removes or anonymises its personal data in ONE transaction, and
 * stored files go after the commit. The user row stays, anonymised; every session and token dies.
 * Forum posts, replies and ratings stay, shown as "Deleted user".
 */
export async function deleteUser(
  actor: Actor,
  idOrMe: string,
  input: DeleteUserInput,
): Promise<void> {
  const target = await resolveTargetUser(actor, idOrMe, { admins: true });
  await confirmPassword(actor, input.password);
  await eraseAccount(target.id);
}

import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Queryable } from "@/db/client";
import { translateDbErrors } from "@/db/errors";
import { users } from "@/db/schema";
import { eraseAccount } from "@/lib/account/registry";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { writeAbhaLink } from "@/lib/abha/service";
import {
  applyHealthProfileUpdate,
  writeHealthColumns,
  writePersonalDetails,
} from "@/lib/health-profile/service";
import { deleteFilesQuietly, getStorage, newStorageKey, sniffImageType } from "@/lib/storage";
import { resolveTargetUser } from "@/lib/access/target-user";
import { expirePublicPagesShowingUser } from "./public-pages";
import { loadUserDto } from "./queries";
import {
  maxPhotoBytes,
  type DeleteUserInput,
  type OnboardingStepInputs,
  type SaveProfileInput,
  type UpdateUserInput,
  type UserDto,
} from "./schemas";

/**
 * Name, phone and locale on the account row, plus the personal details through their one writer.
 * True when the name changed (public pages showing it must be dropped after the commit).
 */
async function writeUserFields(
  q: Queryable,
  userId: number,
  input: UpdateUserInput,
): Promise<boolean> {
  const renamed = input.fullName !== undefined && (await nameOf(q, userId)) !== input.fullName;
  const account = {
    ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
    ...(input.phone !== undefined
      ? {
          phone: input.phone,
          // A verified number proves who signs in by SMS: a different one is unverified again.
          phoneVerifiedAt: sql<Date | null>`case when ${users.phone} is not distinct from ${input.phone}::text then ${users.phoneVerifiedAt} end`,
        }
      : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
  };
  if (Object.keys(account).length > 0)
    await q.update(users).set(account).where(eq(users.id, userId));
  await writePersonalDetails(q, userId, {
    dateOfBirth: input.dateOfBirth,
    gender: input.gender,
    city: input.city,
  });
  return renamed;
}

async function nameOf(q: Queryable, userId: number): Promise<string | undefined> {
  const [row] = await q
    .select({ fullName: users.fullName })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  return row?.fullName;
}

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
  const { renamed, user } = await translateDbErrors(() =>
    db.transaction(async (tx) => {
      const renamed = await writeUserFields(tx, target.id, input);
      return { renamed, user: await loadUserDto(target.id, tx) };
    }),
  );
  if (renamed) await expirePublicPagesShowingUser(target.id);
  return user;
}

/**
 * Saves the actor's profile form: account fields, personal details, blood group and emergency
 * contact, all or nothing (one transaction, so a failing part leaves the rest unwritten).
 */
export async function saveProfile(actor: Actor, input: SaveProfileInput): Promise<UserDto> {
  const target = await resolveTargetUser(actor, "me");
  const { renamed, user } = await translateDbErrors(() =>
    db.transaction(async (tx) => {
      const renamed = await writeUserFields(tx, target.id, input);
      await writeHealthColumns(tx, target.id, {
        ...(input.bloodGroup !== undefined ? { bloodGroup: input.bloodGroup } : {}),
        ...(input.emergencyContact !== undefined
          ? { emergencyContact: input.emergencyContact }
          : {}),
      });
      return { renamed, user: await loadUserDto(target.id, tx) };
    }),
  );
  if (renamed) await expirePublicPagesShowingUser(target.id);
  return user;
}

/**
 * Saves one onboarding step for the actor, in one transaction: "basics" (age, gender, city,
 * emergency contact), "health" (blood group, conditions, allergies), or "finish" (the ABHA link
 * when given, stored unverified, then onboarding marked done).
 */
export async function completeOnboardingStep<S extends keyof OnboardingStepInputs>(
  actor: Actor,
  step: S,
  input: OnboardingStepInputs[S],
): Promise<void> {
  const target = await resolveTargetUser(actor, "me");
  await translateDbErrors(() =>
    db.transaction(async (tx) => {
      if (step === "basics") {
        const { age, gender, city, emergencyContact } = input as OnboardingStepInputs["basics"];
        await applyHealthProfileUpdate(tx, target.id, { age, gender, city, emergencyContact });
      } else if (step === "health") {
        const { bloodGroup, conditions, allergies } = input as OnboardingStepInputs["health"];
        await applyHealthProfileUpdate(tx, target.id, { bloodGroup, conditions, allergies });
      } else {
        const { abha } = input as OnboardingStepInputs["finish"];
        if (abha) await writeAbhaLink(tx, target.id, abha);
        await writeHealthColumns(tx, target.id, {}, true);
      }
    }),
  );
}

/** A file as a door hands it over; `type` is what the client claimed and is never trusted. */
interface PhotoUpload {
  bytes: Uint8Array;
  type?: string;
  size: number;
}

/**
 * Sets a user's profile photo (themselves, or anyone for an admin). The bytes decide the type:
 * JPEG, PNG or WebP (415 otherwise, whatever the name or declared type); at most 2 MB (413). The
 * old photo is removed after the new one is in place.
 */
export async function setUserPhoto(
  actor: Actor,
  idOrMe: string,
  file: PhotoUpload,
): Promise<UserDto> {
  const target = await resolveTargetUser(actor, idOrMe, { admins: true });
  const size = Math.max(file.size, file.bytes.byteLength);
  if (size > maxPhotoBytes)
    throw new AppError("payload_too_large", "The photo may be at most 2 MB.");
  if (size === 0) {
    throw new AppError("validation_failed", "The file is empty.", {
      errors: [{ path: "file", message: "is empty" }],
    });
  }
  const type = sniffImageType(file.bytes);
  if (!type)
    throw new AppError("unsupported_media_type", "The photo must be a JPEG, PNG or WebP image.");

  const key = newStorageKey("photos", type);
  await getStorage().putFile({ key, bytes: file.bytes, contentType: type });

  let oldKey: string | null = null;
  try {
    oldKey = await db.transaction(async (tx) => {
      const [row] = await tx
        .select({ photoKey: users.photoKey })
        .from(users)
        .where(eq(users.id, target.id))
        .for("update");
      await tx.update(users).set({ photoKey: key }).where(eq(users.id, target.id));
      return row?.photoKey ?? null;
    });
  } catch (err) {
    await deleteFilesQuietly([key]);
    throw err;
  }
  await deleteFilesQuietly([oldKey]);
  return loadUserDto(target.id);
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
 * Forum posts, replies and ratings stay, shown as "Deleted user"; the cached public pages that
 * showed the name are dropped.
 */
export async function deleteUser(
  actor: Actor,
  idOrMe: string,
  input: DeleteUserInput,
): Promise<void> {
  const target = await resolveTargetUser(actor, idOrMe, { admins: true });
  await confirmPassword(actor, input.password);
  await eraseAccount(target.id);
  // Their doctor profile, reviews and comments now say "Deleted user": no cached copy keeps the name.
  await expirePublicPagesShowingUser(target.id);
}

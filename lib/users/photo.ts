import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import {
  deleteFilesQuietly,
  getStorage,
  newStorageKey,
  sniffImageType,
  type StoredFile,
} from "@/lib/storage";
import { foundOr } from "@/lib/access/owner";
import { resolveTargetUser } from "@/lib/access/target-user";
import { loadUserDto } from "./queries";
import { maxPhotoBytes, type UserDto } from "./schemas";

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

/** A user's profile photo (themselves, or anyone for an admin); not_found when there is none. */
export async function getUserPhoto(actor: Actor, idOrMe: string): Promise<StoredFile> {
  const target = await resolveTargetUser(actor, idOrMe, { admins: true });
  const [row] = await db
    .select({ photoKey: users.photoKey })
    .from(users)
    .where(eq(users.id, target.id))
    .limit(1);
  const photoKey = foundOr(row?.photoKey, "photo");
  return foundOr(await getStorage().getFile(photoKey), "photo");
}

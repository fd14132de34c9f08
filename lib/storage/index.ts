import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { createLocalStorage } from "./local";
import { createS3Storage } from "./s3";
import { s3ConfigOf, storageConfigProblems } from "./s3-config";
import { createUploadThingStorage } from "./uploadthing";
import type { FileStorage } from "./types";

export type { FileStorage, StoredFile } from "./types";
export { newStorageKey, isSafeStorageKey, type StorageKind } from "./keys";
export { storageAdapterName, storageConfigProblems } from "./s3-config";
export { sniffFileType, sniffImageType, type DocumentType, type ImageType } from "./sniff";

let current: FileStorage | undefined;

/**
 * The active adapter: S3 when `S3_BUCKET` is set, else UploadThing when `UPLOADTHING_TOKEN` is,
 * else local disk (`UPLOAD_DIR`).
 */
export function getStorage(): FileStorage {
  if (!current) {
    current = createConfiguredStorage();
    logger.info({ adapter: current.name }, "file storage");
  }
  return current;
}

function createConfiguredStorage(): FileStorage {
  if (env.S3_BUCKET) {
    const config = s3ConfigOf(env);
    // Boot refuses this configuration first; a script that skips boot gets the same words.
    if (!config) throw new Error(storageConfigProblems(env).join("\n"));
    return createS3Storage(config);
  }
  if (env.UPLOADTHING_TOKEN) return createUploadThingStorage(env.UPLOADTHING_TOKEN);
  return createLocalStorage(env.UPLOAD_DIR);
}

/** Replaces the adapter (tests point it at a temporary directory); null restores the default. */
export function setStorage(storage: FileStorage | null): void {
  current = storage ?? undefined;
}

/**
 * Deletes files after the rows pointing at them are gone. A failure is logged, never thrown: the
 * database is the truth, and an orphaned private file is harmless and can be swept later.
 */
export async function deleteFilesQuietly(
  keys: ReadonlyArray<string | null | undefined>,
): Promise<void> {
  const storage = getStorage();
  await Promise.all(
    keys
      .filter((k): k is string => typeof k === "string" && k.length > 0)
      .map(async (key) => {
        try {
          await storage.deleteFile(key);
        } catch (err) {
          logger.warn({ err, key }, "could not delete a stored file");
        }
      }),
  );
}

import "server-only";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { extensionOfKey, isSafeStorageKey } from "./keys";
import { contentTypeOfExtension } from "./sniff";
import type { FileStorage, StoredFile } from "./types";

function isNotFound(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "ENOENT";
}

/**
 * Files on local disk under `root` (`.data/uploads` by default). Keys are checked against the one
 * shape the app generates, and the resolved path must stay inside `root`: no traversal.
 */
export function createLocalStorage(root: string): FileStorage {
  const base = path.resolve(root);

  function pathOf(key: string): string {
    if (!isSafeStorageKey(key)) throw new Error("Refusing an unsafe storage key.");
    const full = path.resolve(base, ...key.split("/"));
    if (!full.startsWith(base + path.sep))
      throw new Error("Refusing a storage path outside the root.");
    return full;
  }

  return {
    name: "local",

    async putFile({ key, bytes }) {
      const full = pathOf(key);
      await mkdir(path.dirname(full), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temp = `${full}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temp, bytes, { mode: 0o600 });
      await rename(temp, full);
    },

    async getFile(key): Promise<StoredFile | null> {
      const full = pathOf(key);
      try {
        const bytes = new Uint8Array(await readFile(full));
        return {
          bytes,
          contentType: contentTypeOfExtension[extensionOfKey(key)] ?? "application/octet-stream",
        };
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },

    async deleteFile(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

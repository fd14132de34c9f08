import "server-only";
import { extensionOfKey, isSafeStorageKey } from "./keys";
import { contentTypeOfExtension } from "./sniff";
import type { FileStorage, StoredFile } from "./types";

/** Signed read URLs live this long: the server fetches them at once and never hands them out. */
const signedUrlSeconds = 60;

// UploadThing's custom ids are flat; our key's slash becomes "_" (keys never contain "_").
const customIdOf = (key: string) => key.replace("/", "_");

function checkedKey(key: string): string {
  if (!isSafeStorageKey(key)) throw new Error("Refusing an unsafe storage key.");
  return key;
}

/**
 * Files in UploadThing, stored private (ACL `private`; the app's dashboard must allow ACL
 * overrides) under a custom id derived from our key. Reads fetch a short-lived signed URL on the
 * server and return the bytes, so no storage URL ever reaches a browser.
 */
export function createUploadThingStorage(token: string): FileStorage {
  // Loaded on first use so the embedded setup never pays for the SDK.
  let api: Promise<import("uploadthing/server").UTApi> | undefined;
  const utapi = () => {
    api ??= import("uploadthing/server").then(
      ({ UTApi }) => new UTApi({ token, logLevel: "Error" }),
    );
    return api;
  };

  return {
    name: "uploadthing",

    async putFile({ key, bytes, contentType }) {
      const { UTFile } = await import("uploadthing/server");
      const customId = customIdOf(checkedKey(key));
      // Copy into a fresh ArrayBuffer-backed view: Blob parts must not be SharedArrayBuffer views.
      const file = new UTFile([new Uint8Array(bytes)], customId, { customId, type: contentType });
      const result = await (
        await utapi()
      ).uploadFiles(file, { acl: "private", contentDisposition: "attachment" });
      if (result.error)
        throw new Error(`UploadThing upload failed: ${result.error.code} ${result.error.message}`);
    },

    async getFile(key): Promise<StoredFile | null> {
      const customId = customIdOf(checkedKey(key));
      const { ufsUrl } = await (
        await utapi()
      ).generateSignedURL(customId, { expiresIn: signedUrlSeconds });
      const response = await fetch(ufsUrl, {
        cache: "no-store",
        signal: AbortSignal.timeout(15_000),
      });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`UploadThing read failed with HTTP ${response.status}`);
      return {
        bytes: new Uint8Array(await response.arrayBuffer()),
        // The type we sniffed at upload, by the key's extension; never what the CDN claims.
        contentType: contentTypeOfExtension[extensionOfKey(key)] ?? "application/octet-stream",
      };
    },

    async deleteFile(key) {
      await (await utapi()).deleteFiles(customIdOf(checkedKey(key)), { keyType: "customId" });
    },
  };
}

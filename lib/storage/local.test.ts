import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sampleFiles } from "@/tests/factories-users";
import { newStorageKey } from "./keys";
import { createLocalStorage } from "./local";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "swasthai-local-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("local disk storage", () => {
  it("stores, reads and deletes a file under its key", async () => {
    const storage = createLocalStorage(root);
    const key = newStorageKey("photos", "image/png");
    await storage.putFile({ key, bytes: sampleFiles.png(), contentType: "image/png" });

    const file = await storage.getFile(key);
    expect(file?.contentType).toBe("image/png");
    expect([...(file?.bytes ?? [])]).toEqual([...sampleFiles.png()]);
    expect(await readdir(path.join(root, "photos"))).toEqual([key.split("/")[1]]);

    await storage.deleteFile(key);
    expect(await storage.getFile(key)).toBeNull();
    await expect(storage.deleteFile(key)).resolves.toBeUndefined();
  });

  it("returns null for a key with no file", async () => {
    expect(
      await createLocalStorage(root).getFile(newStorageKey("records", "application/pdf")),
    ).toBeNull();
  });

  it("refuses keys it did not generate, so nothing escapes the root", async () => {
    const storage = createLocalStorage(root);
    await expect(
      storage.putFile({
        key: "../escape.jpg",
        bytes: sampleFiles.jpeg(),
        contentType: "image/jpeg",
      }),
    ).rejects.toThrow(/unsafe/);
    await expect(storage.getFile("photos/../../etc/passwd")).rejects.toThrow(/unsafe/);
    await expect(storage.deleteFile("/etc/passwd")).rejects.toThrow(/unsafe/);
  });
});

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { createLocalStorage } from "@/lib/storage/local";
import { setStorage } from "@/lib/storage";
import type { FileStorage } from "@/lib/storage/types";
import { createUser } from "./factories";

/** The actor a signed-in session of this user would carry. */
export function actorFor(
  user: { id: number; uuid: string; role: "patient" | "doctor" | "admin" },
  doctorId: number | null = null,
): Actor {
  return { userId: user.id, userUuid: user.uuid, role: user.role, doctorId };
}

/** A user with a real argon2id password hash; returns the row and its actor. */
export async function createUserWithPassword(
  password = "Correct-horse-9",
  overrides: Parameters<typeof createUser>[0] = {},
) {
  const user = await createUser({ passwordHash: await hashPassword(password), ...overrides });
  return { user, actor: actorFor(user), password };
}

/** Points file storage at a fresh temporary directory; call the returned function to clean up. */
export async function useTemporaryStorage(): Promise<{
  storage: FileStorage;
  root: string;
  cleanup: () => Promise<void>;
}> {
  const root = await mkdtemp(path.join(tmpdir(), "swasthai-uploads-"));
  const storage = createLocalStorage(root);
  setStorage(storage);
  return {
    storage,
    root,
    cleanup: async () => {
      setStorage(null);
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Minimal files whose first bytes say what they are. */
export const sampleFiles = {
  jpeg: () =>
    new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
    ]),
  png: () =>
    new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52,
    ]),
  webp: () =>
    new TextEncoder().encode("RIFF\u0024\u0000\u0000\u0000WEBPVP8 \u0018\u0000\u0000\u0000"),
  pdf: () => new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"),
  html: () => new TextEncoder().encode("<!doctype html><script>alert(1)</script>"),
};

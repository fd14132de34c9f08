import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { isAppError } from "@/lib/errors";
import { createUser } from "@/tests/factories";
import { actorFor, sampleFiles, useTemporaryStorage } from "@/tests/factories-users";
import { getUserPhoto } from "./queries";
import { setUserPhoto } from "./service";
import { maxPhotoBytes } from "./schemas";

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (err) {
    if (isAppError(err)) return err.status;
    throw err;
  }
}

const file = (bytes: Uint8Array, type = "image/png") => ({ bytes, type, size: bytes.byteLength });

describe("setUserPhoto", () => {
  it("stores a JPEG sent as 'photo.png' as a JPEG: the bytes decide", async () => {
    const a = await createUser();
    const dto = await setUserPhoto(actorFor(a), "me", file(sampleFiles.jpeg(), "image/png"));
    expect(dto.photoUrl).toMatch(new RegExp(`^/api/v1/users/${a.uuid}/photo\\?v=[0-9a-f]{8}$`));
    const [row] = await db
      .select({ photoKey: users.photoKey })
      .from(users)
      .where(eq(users.id, a.id));
    expect(row?.photoKey).toMatch(/^photos\/[0-9a-f-]{36}\.jpg$/);
    const photo = await getUserPhoto(actorFor(a), "me");
    expect(photo.contentType).toBe("image/jpeg");
    expect([...photo.bytes]).toEqual([...sampleFiles.jpeg()]);
  });

  it("refuses HTML renamed to .png (415) and files over 2 MB (413)", async () => {
    const a = await createUser();
    expect(
      await statusOf(setUserPhoto(actorFor(a), "me", file(sampleFiles.html(), "image/png"))),
    ).toBe(415);
    const big = new Uint8Array(maxPhotoBytes + 1);
    big.set(sampleFiles.png());
    expect(await statusOf(setUserPhoto(actorFor(a), "me", file(big)))).toBe(413);
    expect(await statusOf(setUserPhoto(actorFor(a), "me", file(new Uint8Array(0))))).toBe(422);
    const [row] = await db
      .select({ photoKey: users.photoKey })
      .from(users)
      .where(eq(users.id, a.id));
    expect(row?.photoKey).toBeNull();
  });

  it("accepts exactly 2 MB and replaces the old photo file", async () => {
    const a = await createUser();
    await setUserPhoto(actorFor(a), "me", file(sampleFiles.png()));
    const [first] = await db
      .select({ photoKey: users.photoKey })
      .from(users)
      .where(eq(users.id, a.id));
    const exact = new Uint8Array(maxPhotoBytes);
    exact.set(sampleFiles.webp());
    await setUserPhoto(actorFor(a), "me", file(exact, "image/webp"));
    expect(await storage.storage.getFile(first!.photoKey!)).toBeNull();
    expect((await getUserPhoto(actorFor(a), "me")).contentType).toBe("image/webp");
  });

  it("keeps other users' photos private", async () => {
    const a = await createUser();
    const b = await createUser();
    const admin = await createUser({ role: "admin" });
    await setUserPhoto(actorFor(a), "me", file(sampleFiles.png()));
    expect(await statusOf(getUserPhoto(actorFor(b), a.uuid))).toBe(404);
    expect(await statusOf(setUserPhoto(actorFor(b), a.uuid, file(sampleFiles.png())))).toBe(404);
    expect((await getUserPhoto(actorFor(admin), a.uuid)).contentType).toBe("image/png");
    expect(await statusOf(getUserPhoto(actorFor(b), "me"))).toBe(404);
  });
});

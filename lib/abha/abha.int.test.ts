import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { healthProfiles } from "@/db/schema";
import { isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { linkAbhaSchema } from "./schemas";
import { getAbha } from "./queries";
import { linkAbha, unlinkAbha } from "./service";
import { errorOf } from "@/tests/app-error";

const parse = (input: unknown) => parseInput(linkAbhaSchema, input);

describe("ABHA link", () => {
  it("normalises the number, stores digits only and shows it grouped", async () => {
    const a = await createUser();
    const dto = await linkAbha(actorFor(a), "me", parse({ abhaNumber: "91 2345 6789 0123" }));
    expect(dto).toMatchObject({
      linked: true,
      abhaNumber: "91-2345-6789-0123",
      abhaAddress: null,
      verified: false,
    });
    expect(dto.linkedAt).not.toBeNull();
    const [row] = await db
      .select({ n: healthProfiles.abhaNumber })
      .from(healthProfiles)
      .where(eq(healthProfiles.userId, a.id));
    expect(row?.n).toBe("91234567890123");
  });

  it("lower-cases the address and keeps an existing number", async () => {
    const a = await createUser();
    await linkAbha(actorFor(a), "me", parse({ abhaNumber: "91-2345-6789-0123" }));
    const dto = await linkAbha(actorFor(a), "me", parse({ abhaAddress: "Asha.Verma@ABDM" }));
    expect(dto).toMatchObject({ abhaNumber: "91-2345-6789-0123", abhaAddress: "asha.verma@abdm" });
  });

  it("is never unique while unverified: two accounts may claim one number, neither is told", async () => {
    const a = await createUser();
    const b = await createUser();
    const both = parse({ abhaNumber: "91234567890123", abhaAddress: "asha.verma@sbx" });
    await linkAbha(actorFor(a), "me", both);
    await expect(linkAbha(actorFor(b), "me", both)).resolves.toMatchObject({
      linked: true,
      verified: false,
      abhaNumber: "91-2345-6789-0123",
      abhaAddress: "asha.verma@sbx",
    });
    expect(await getAbha(actorFor(a), "me")).toMatchObject({ linked: true, verified: false });
  });

  it("typing in the verified values again keeps the proof; a change drops it", async () => {
    const a = await createUser();
    await linkAbha(actorFor(a), "me", parse({ abhaNumber: "91234567890123" }));
    const verifiedAt = new Date("2026-01-02T03:04:05Z");
    await db
      .update(healthProfiles)
      .set({ abhaVerifiedAt: verifiedAt })
      .where(eq(healthProfiles.userId, a.id));

    const same = await linkAbha(actorFor(a), "me", parse({ abhaNumber: "91-2345-6789-0123" }));
    expect(same).toMatchObject({ verified: true, verifiedAt: verifiedAt.toISOString() });
    const changed = await linkAbha(actorFor(a), "me", parse({ abhaAddress: "asha.verma@sbx" }));
    expect(changed).toMatchObject({
      abhaNumber: "91-2345-6789-0123",
      abhaAddress: "asha.verma@sbx",
      verified: false,
      verifiedAt: null,
    });
  });

  it("refuses bad formats with 422 and a clear message", () => {
    for (const [input, path] of [
      [{ abhaNumber: "1234-5678" }, "abhaNumber"],
      [{ abhaAddress: "asha@gmail.com" }, "abhaAddress"],
      [{}, "abhaNumber"],
    ] as const) {
      try {
        parse(input);
        expect.unreachable();
      } catch (err) {
        expect(isAppError(err) && err.status).toBe(422);
        expect(isAppError(err) && err.errors?.[0]?.path).toBe(path);
      }
    }
  });

  it("unlinks, and only the owner may link or unlink", async () => {
    const a = await createUser();
    const b = await createUser();
    const admin = await createUser({ role: "admin" });
    await linkAbha(actorFor(a), "me", parse({ abhaNumber: "91234567890123" }));
    expect((await errorOf(unlinkAbha(actorFor(b), a.uuid))).code).toBe("not_found");
    expect(
      (await errorOf(linkAbha(actorFor(b), a.uuid, parse({ abhaNumber: "11111111111111" })))).code,
    ).toBe("not_found");
    expect((await errorOf(unlinkAbha(actorFor(admin), a.uuid))).code).toBe("not_found");
    expect((await getAbha(actorFor(a), "me")).abhaNumber).toBe("91-2345-6789-0123");

    expect(await unlinkAbha(actorFor(a), "me")).toEqual({
      linked: false,
      abhaNumber: null,
      abhaAddress: null,
      linkedAt: null,
      verified: false,
      verifiedAt: null,
    });
    expect((await unlinkAbha(actorFor(a), "me")).linked).toBe(false);
  });
});

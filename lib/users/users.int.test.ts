import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { healthProfiles, users } from "@/db/schema";
import { isAppError } from "@/lib/errors";
import { createDoctor, createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { parseInput } from "@/lib/validation/parse-input";
import { getUser } from "./queries";
import { updateUserSchema } from "./schemas";
import { updateUser } from "./service";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (err) {
    if (isAppError(err)) return err.code;
    throw err;
  }
}

describe("getUser", () => {
  it("returns my own user as a DTO, by me or by my id, without secrets or internal ids", async () => {
    const a = await createUser({
      fullName: "Asha Verma",
      phone: "+919876543210",
      passwordHash: "secret-hash",
      emailVerifiedAt: new Date(),
    });
    const dto = await getUser(actorFor(a), "me");
    expect(dto).toEqual({
      id: a.uuid,
      email: a.email,
      fullName: "Asha Verma",
      phone: "+919876543210",
      phoneVerified: false,
      role: "patient",
      locale: "en",
      emailVerified: true,
      photoUrl: null,
      createdAt: a.createdAt.toISOString(),
      doctorId: null,
    });
    expect(await getUser(actorFor(a), a.uuid)).toEqual(dto);
    expect(JSON.stringify(dto)).not.toContain("secret-hash");
  });

  it("gives a doctor their doctor profile id", async () => {
    const { user, doctor } = await createDoctor();
    expect((await getUser(actorFor(user, doctor.id), "me")).doctorId).toBe(doctor.uuid);
  });

  it("hides other users from everyone but admins", async () => {
    const a = await createUser();
    const b = await createUser();
    const admin = await createUser({ role: "admin" });
    expect(await codeOf(getUser(actorFor(b), a.uuid))).toBe("not_found");
    expect(await codeOf(getUser(actorFor(b), "not-a-uuid"))).toBe("not_found");
    expect(await codeOf(getUser(actorFor(b), "00000000-0000-4000-8000-000000000000"))).toBe(
      "not_found",
    );
    expect((await getUser(actorFor(admin), a.uuid)).id).toBe(a.uuid);
    expect(await codeOf(getUser(actorFor(admin), "00000000-0000-4000-8000-000000000000"))).toBe(
      "not_found",
    );
  });

  it("does not find a deleted account", async () => {
    const a = await createUser({ deletedAt: new Date() });
    const admin = await createUser({ role: "admin" });
    expect(await codeOf(getUser(actorFor(a), "me"))).toBe("not_found");
    expect(await codeOf(getUser(actorFor(admin), a.uuid))).toBe("not_found");
  });
});

describe("updateUser", () => {
  it("updates the account and the profile fields in one go", async () => {
    const a = await createUser();
    const input = parseInput(updateUserSchema, {
      fullName: "  Ravi Kumar ",
      phone: "+91 98765-43210",
      locale: "hi",
      dateOfBirth: "1990-04-12",
      gender: "male",
      city: "Lucknow",
    });
    const dto = await updateUser(actorFor(a), "me", input);
    expect(dto).toMatchObject({ fullName: "Ravi Kumar", phone: "+919876543210", locale: "hi" });
    const [profile] = await db.select().from(healthProfiles).where(eq(healthProfiles.userId, a.id));
    expect(profile).toMatchObject({ dateOfBirth: "1990-04-12", gender: "male", city: "Lucknow" });

    // Clearing with null leaves the other fields alone.
    await updateUser(actorFor(a), "me", parseInput(updateUserSchema, { phone: null, city: "" }));
    const [row] = await db
      .select({ phone: users.phone, fullName: users.fullName })
      .from(users)
      .where(eq(users.id, a.id));
    expect(row).toEqual({ phone: null, fullName: "Ravi Kumar" });
    const [after] = await db.select().from(healthProfiles).where(eq(healthProfiles.userId, a.id));
    expect(after).toMatchObject({ city: null, gender: "male" });
  });

  it("lets nobody but an admin change someone else", async () => {
    const a = await createUser({ fullName: "Original" });
    const b = await createUser();
    const admin = await createUser({ role: "admin" });
    expect(await codeOf(updateUser(actorFor(b), a.uuid, { fullName: "Hacked" }))).toBe("not_found");
    expect((await getUser(actorFor(a), "me")).fullName).toBe("Original");
    expect(
      (await updateUser(actorFor(admin), a.uuid, { fullName: "Fixed by admin" })).fullName,
    ).toBe("Fixed by admin");
  });

  it("rejects invalid input with 422 and a path per field", () => {
    try {
      parseInput(updateUserSchema, { fullName: "", phone: "12345", locale: "fr", city: "x\u0000" });
      expect.unreachable();
    } catch (err) {
      expect(isAppError(err) && err.status).toBe(422);
      expect(isAppError(err) && err.errors?.map((e) => e.path).sort()).toEqual([
        "city",
        "fullName",
        "locale",
        "phone",
      ]);
    }
  });
});

import { count, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import {
  accounts,
  addresses,
  appointments,
  healthProfiles,
  healthRecords,
  notifications,
  refreshTokens,
  users,
} from "@/db/schema";
import { accountParts } from "@/lib/account/domains";
import { newStorageKey } from "@/lib/storage";
import { createDoctor, createUser } from "@/tests/factories";
import {
  actorFor,
  createUserWithPassword,
  sampleFiles,
  useTemporaryStorage,
} from "@/tests/factories-users";
import { getUser } from "./queries";
import { deleteUser } from "./service";
import { errorOf } from "@/tests/app-error";

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

describe("deleteUser", () => {
  it("needs the right password for a password account (422 on password)", async () => {
    const { actor } = await createUserWithPassword("Correct-horse-9");
    const missing = await errorOf(deleteUser(actor, "me", {}));
    expect(missing.status).toBe(422);
    expect(missing.errors?.[0]?.path).toBe("password");
    const wrong = await errorOf(deleteUser(actor, "me", { password: "wrong-password" }));
    expect(wrong.status).toBe(422);
    expect(wrong.errors).toEqual([{ path: "password", message: "is not correct" }]);
    expect((await getUser(actor, "me")).fullName).toMatch(/Test User/);
  });

  it("anonymises the account and removes personal data and files in one go", async () => {
    const { user, actor, password } = await createUserWithPassword();
    const photoKey = newStorageKey("photos", "image/png");
    const recordKey = newStorageKey("records", "application/pdf");
    await storage.storage.putFile({
      key: photoKey,
      bytes: sampleFiles.png(),
      contentType: "image/png",
    });
    await storage.storage.putFile({
      key: recordKey,
      bytes: sampleFiles.pdf(),
      contentType: "application/pdf",
    });
    await db
      .update(users)
      .set({ photoKey, phone: "+919876543210", sessionVersion: 3 })
      .where(eq(users.id, user.id));
    await db
      .insert(healthProfiles)
      .values({ userId: user.id, conditions: ["Asthma"], abhaNumber: "91234567890123" });
    await db.insert(healthRecords).values({
      userId: user.id,
      recordType: "lab_report",
      title: "CBC",
      fileKey: recordKey,
      mimeType: "application/pdf",
      sizeBytes: 10,
    });
    await db.insert(addresses).values({
      userId: user.id,
      name: "Home",
      phone: "+919876543210",
      line1: "1 MG Road",
      city: "Pune",
      state: "MH",
      pincode: "411001",
    });
    await db.insert(notifications).values({ userId: user.id, title: "Hi", body: "Welcome" });
    await db.insert(accounts).values({
      userId: user.id,
      type: "oauth",
      provider: "google",
      providerAccountId: "g-1",
      accessToken: "tok",
    });
    await db.insert(refreshTokens).values({
      userId: user.id,
      tokenHash: "hash-1",
      familyId: crypto.randomUUID(),
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const { doctor } = await createDoctor();
    await db.insert(appointments).values({
      patientId: user.id,
      doctorId: doctor.id,
      date: "2099-01-01",
      time: "10:00",
      consultationType: "online",
      fee: "400.00",
    });
    const other = await createUser();
    await db.insert(notifications).values({ userId: other.id, title: "Other", body: "Keep me" });

    await deleteUser(actor, "me", { password });

    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row).toMatchObject({
      email: `deleted+${user.uuid}@invalid`,
      fullName: "Deleted user",
      phone: null,
      photoKey: null,
      passwordHash: null,
      sessionVersion: 4,
    });
    expect(row?.deletedAt).toBeInstanceOf(Date);
    for (const table of [
      healthProfiles,
      healthRecords,
      addresses,
      accounts,
      refreshTokens,
    ] as const) {
      expect(
        await db.select({ userId: table.userId }).from(table).where(eq(table.userId, user.id)),
      ).toEqual([]);
    }
    expect(await db.select().from(notifications).where(eq(notifications.userId, user.id))).toEqual(
      [],
    );
    expect(
      await db.select().from(notifications).where(eq(notifications.userId, other.id)),
    ).toHaveLength(1);
    const [appointment] = await db
      .select()
      .from(appointments)
      .where(eq(appointments.patientId, user.id));
    expect(appointment?.status).toBe("cancelled");
    expect(await storage.storage.getFile(photoKey)).toBeNull();
    expect(await storage.storage.getFile(recordKey)).toBeNull();

    // Whatever the registry says it erases holds no row of this user any more, in any domain.
    for (const column of accountParts.flatMap((p) => p.userColumns.erased ?? [])) {
      const [left] = await db.select({ n: count() }).from(column.table).where(eq(column, user.id));
      expect(left?.n, `${column.name} of ${String(column.table)}`).toBe(0);
    }

    // The account can no longer be found, not even by its former owner or an admin.
    const admin = await createUser({ role: "admin" });
    expect((await errorOf(getUser(actor, "me"))).code).toBe("not_found");
    expect((await errorOf(getUser(actorFor(admin), user.uuid))).code).toBe("not_found");
    expect((await errorOf(deleteUser(actor, "me", { password }))).code).toBe("not_found");
  });

  it("frees the email and the verified ABHA number for someone else", async () => {
    const { user, actor, password } = await createUserWithPassword();
    const verified = { abhaNumber: "91234567890123", abhaVerifiedAt: new Date() };
    await db.insert(healthProfiles).values({ userId: user.id, ...verified });
    await deleteUser(actor, "me", { password });
    const again = await createUser({ email: user.email });
    await expect(
      db.insert(healthProfiles).values({ userId: again.id, ...verified }),
    ).resolves.toBeDefined();
  });

  it("lets an OAuth-only account delete itself without a password", async () => {
    const user = await createUser({ passwordHash: null });
    await deleteUser(actorFor(user), "me", {});
    const [row] = await db
      .select({ deletedAt: users.deletedAt })
      .from(users)
      .where(eq(users.id, user.id));
    expect(row?.deletedAt).not.toBeNull();
  });

  it("never lets one user delete another; an admin may, confirming with their own password", async () => {
    const { user: a } = await createUserWithPassword("Password-of-a-1");
    const { actor: b } = await createUserWithPassword("Password-of-b-1");
    expect((await errorOf(deleteUser(b, a.uuid, { password: "Password-of-a-1" }))).code).toBe(
      "not_found",
    );
    expect((await getUser(actorFor(a), "me")).id).toBe(a.uuid);

    const { actor: admin } = await createUserWithPassword("Admin-password-1", { role: "admin" });
    expect((await errorOf(deleteUser(admin, a.uuid, { password: "Password-of-a-1" }))).status).toBe(
      422,
    );
    await deleteUser(admin, a.uuid, { password: "Admin-password-1" });
    expect((await errorOf(getUser(actorFor(a), "me"))).code).toBe("not_found");
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  GET as getProfileRoute,
  PUT as putProfileRoute,
} from "@/app/api/v1/users/[id]/health-profile/route";
import { PUT as putUserRoute } from "@/app/api/v1/users/[id]/route";
import { db } from "@/db/client";
import { healthProfiles, users } from "@/db/schema";
import { linkAbha } from "@/lib/abha/service";
import { isAppError } from "@/lib/errors";
import { getHealthProfile } from "@/lib/health-profile/queries";
import { updateHealthProfileSchema } from "@/lib/health-profile/schemas";
import { parseInput } from "@/lib/validation/parse-input";
import { call } from "@/tests/api-client";
import { tokenFor } from "@/tests/factories-appointments";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { saveProfileSchema, type SaveProfileInput } from "./schemas";
import { completeOnboardingStep, saveProfile } from "./service";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (err) {
    if (isAppError(err)) return err.code;
    throw err;
  }
}

const profileRow = async (userId: number) =>
  (await db.select().from(healthProfiles).where(eq(healthProfiles.userId, userId)))[0];

const fullNameOf = async (userId: number) =>
  (await db.select({ n: users.fullName }).from(users).where(eq(users.id, userId)))[0]?.n;

describe("the profile save is one transaction", () => {
  it("writes every part together", async () => {
    const a = await createUser({ fullName: "Old Name" });
    const dto = await saveProfile(
      actorFor(a),
      parseInput(saveProfileSchema, {
        fullName: "Meera Iyer",
        city: " Pune ",
        gender: "female",
        dateOfBirth: "1990-04-02",
        bloodGroup: "O+",
        emergencyContact: "9876543210",
      }),
    );
    expect(dto.fullName).toBe("Meera Iyer");
    expect(await getHealthProfile(actorFor(a), "me")).toMatchObject({
      city: "Pune",
      gender: "female",
      dateOfBirth: "1990-04-02",
      bloodGroup: "O+",
      emergencyContact: "+919876543210",
    });
  });

  it("leaves nothing written when its health part fails", async () => {
    const a = await createUser({ fullName: "Old Name" });
    // A blood group the database refuses: the account and personal-details parts ran first.
    const input = {
      fullName: "New Name",
      city: "Nagpur",
      bloodGroup: "Z+",
    } as unknown as SaveProfileInput;
    expect(await codeOf(saveProfile(actorFor(a), input))).toBe("validation_failed");
    expect(await fullNameOf(a.id)).toBe("Old Name");
    expect(await profileRow(a.id)).toBeUndefined();
  });
});

describe("onboarding steps", () => {
  it("save each step and finish with the ABHA link in one go", async () => {
    const a = await createUser();
    const actor = actorFor(a);
    await completeOnboardingStep(actor, "basics", { age: 34, gender: "male", city: "Indore" });
    await completeOnboardingStep(actor, "health", { bloodGroup: "A+", conditions: ["Asthma"] });
    await completeOnboardingStep(actor, "finish", { abha: { abhaNumber: "91234567890123" } });
    expect(await getHealthProfile(actor, "me")).toMatchObject({
      age: 34,
      gender: "male",
      city: "Indore",
      bloodGroup: "A+",
      conditions: ["Asthma"],
      onboardingCompleted: true,
      abha: { linked: true, abhaNumber: "91-2345-6789-0123" },
    });
  });

  it("finish with an ABHA number another account typed too: linked unverified, nothing said", async () => {
    const other = await createUser();
    await linkAbha(actorFor(other), "me", { abhaNumber: "12345678901234" });
    const a = await createUser();
    await completeOnboardingStep(actorFor(a), "basics", { city: "Pune" });
    await completeOnboardingStep(actorFor(a), "finish", { abha: { abhaNumber: "12345678901234" } });
    expect(await getHealthProfile(actorFor(a), "me")).toMatchObject({
      city: "Pune",
      onboardingCompleted: true,
      abha: { linked: true, verified: false, abhaNumber: "12-3456-7890-1234" },
    });
  });
});

describe("date of birth, gender and city have one rule through every door", () => {
  const putUser = async (user: Parameters<typeof tokenFor>[0], body: unknown) =>
    call(putUserRoute, {
      method: "PUT",
      path: "/users/me",
      params: { id: "me" },
      token: await tokenFor(user),
      body,
    });
  const putHealth = async (user: Parameters<typeof tokenFor>[0], body: unknown) =>
    call(putProfileRoute, {
      method: "PUT",
      path: "/users/me/health-profile",
      params: { id: "me" },
      token: await tokenFor(user),
      body,
    });
  const readHealth = async (user: Parameters<typeof tokenFor>[0]) =>
    (
      await call(getProfileRoute, {
        path: "/users/me/health-profile",
        params: { id: "me" },
        token: await tokenFor(user),
      })
    ).body.data;
  const saveForm = (user: Parameters<typeof actorFor>[0], body: unknown) =>
    saveProfile(actorFor(user), parseInput(saveProfileSchema, body));
  const onboardingBasics = (user: Parameters<typeof actorFor>[0], body: unknown) =>
    completeOnboardingStep(actorFor(user), "basics", parseInput(updateHealthProfileSchema, body));

  it("refuses the same bad values with the same messages at the API doors and the forms", async () => {
    const a = await createUser();
    const bad = { dateOfBirth: "2999-01-01", gender: "robot", city: "x".repeat(61) };
    const expected = [
      { path: "city", message: "must be at most 60 characters" },
      { path: "dateOfBirth", message: "must not be in the future" },
      { path: "gender", message: expect.any(String) },
    ];
    const sorted = (errors: { path: string }[]) =>
      [...errors].sort((x, y) => x.path.localeCompare(y.path));
    for (const door of [putUser, putHealth]) {
      const res = await door(a, bad);
      expect(res.status).toBe(422);
      expect(sorted(res.body.errors)).toEqual(expected);
    }
    for (const door of [saveForm, onboardingBasics]) {
      try {
        await door(a, bad);
        expect.unreachable();
      } catch (err) {
        expect(isAppError(err) && sorted(err.errors ?? [])).toEqual(expected);
      }
    }
    expect(await profileRow(a.id)).toBeUndefined();
  });

  it("trims and clears city, and a date of birth replaces a self-reported age, whichever door", async () => {
    const a = await createUser();
    const doors = [
      (body: Record<string, unknown>) => putUser(a, body),
      (body: Record<string, unknown>) => putHealth(a, body),
      (body: Record<string, unknown>) => saveForm(a, body),
    ];
    for (const door of doors) {
      await onboardingBasics(a, { age: 40, city: "  Kochi " });
      expect(await profileRow(a.id)).toMatchObject({ age: 40, city: "Kochi" });
      await door({ dateOfBirth: "2000-01-15", city: "" });
      expect(await profileRow(a.id)).toMatchObject({
        age: null,
        dateOfBirth: "2000-01-15",
        city: null,
      });
      expect((await readHealth(a)).age).toBeGreaterThanOrEqual(25);
      await door({ dateOfBirth: null, gender: "" });
      expect(await profileRow(a.id)).toMatchObject({ dateOfBirth: null, gender: null });
    }
  });
});

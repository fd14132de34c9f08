import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { healthProfiles, recordAccessLog } from "@/db/schema";
import { isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { getHealthProfile } from "./queries";
import { updateHealthProfileSchema } from "./schemas";
import { updateHealthProfile } from "./service";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (err) {
    if (isAppError(err)) return err.code;
    throw err;
  }
}

const parse = (input: unknown) => parseInput(updateHealthProfileSchema, input);

describe("health profile", () => {
  it("starts empty and is created on the first update", async () => {
    const a = await createUser();
    const empty = await getHealthProfile(actorFor(a), "me");
    expect(empty).toMatchObject({
      conditions: [],
      bmi: null,
      onboardingCompleted: false,
      abha: { linked: false },
      updatedAt: null,
    });

    const dto = await updateHealthProfile(
      actorFor(a),
      "me",
      parse({
        conditions: ["Diabetes", "diabetes ", "Hypertension"],
        allergies: ["Penicillin"],
        medications: ["Metformin 500 mg"],
        heightCm: 170,
        weightKg: 65,
        bloodPressure: "130/85",
        bloodGroup: "B+",
        notes: "Check sugar monthly",
        emergencyContact: "9876543210",
        onboardingCompleted: true,
      }),
    );
    expect(dto).toMatchObject({
      conditions: ["Diabetes", "Hypertension"],
      heightCm: 170,
      weightKg: 65,
      bmi: 22.5,
      bloodPressure: "130/85",
      bloodGroup: "B+",
      emergencyContact: "+919876543210",
      onboardingCompleted: true,
    });
    expect(await getHealthProfile(actorFor(a), "me")).toEqual(dto);
  });

  it("changes only the fields given, and keeps the first onboarding time", async () => {
    const a = await createUser();
    await updateHealthProfile(
      actorFor(a),
      "me",
      parse({ allergies: ["Dust"], onboardingCompleted: true }),
    );
    const [before] = await db.select().from(healthProfiles).where(eq(healthProfiles.userId, a.id));
    const dto = await updateHealthProfile(
      actorFor(a),
      "me",
      parse({ weightKg: 80, onboardingCompleted: true }),
    );
    expect(dto.allergies).toEqual(["Dust"]);
    const [after] = await db.select().from(healthProfiles).where(eq(healthProfiles.userId, a.id));
    expect(after?.onboardingCompletedAt).toEqual(before?.onboardingCompletedAt);
    expect(
      (await updateHealthProfile(actorFor(a), "me", parse({ weightKg: null }))).weightKg,
    ).toBeNull();
  });

  it("is private: another user gets not_found; an admin may read, and the read is audited", async () => {
    const a = await createUser();
    const b = await createUser();
    const admin = await createUser({ role: "admin" });
    await updateHealthProfile(actorFor(a), "me", parse({ conditions: ["Asthma"] }));

    expect(await codeOf(getHealthProfile(actorFor(b), a.uuid))).toBe("not_found");
    expect(await codeOf(updateHealthProfile(actorFor(b), a.uuid, parse({ conditions: [] })))).toBe(
      "not_found",
    );
    expect(
      await codeOf(updateHealthProfile(actorFor(admin), a.uuid, parse({ conditions: [] }))),
    ).toBe("not_found");
    expect((await getHealthProfile(actorFor(a), "me")).conditions).toEqual(["Asthma"]);

    expect((await getHealthProfile(actorFor(admin), a.uuid)).conditions).toEqual(["Asthma"]);
    const log = await db.select().from(recordAccessLog).where(eq(recordAccessLog.ownerId, a.id));
    expect(log).toEqual([
      expect.objectContaining({
        accessedBy: admin.id,
        action: "view",
        recordTitle: "Health profile",
      }),
    ]);
  });

  it("reports invalid input as 422 with a path per field", () => {
    try {
      parse({
        heightCm: 400,
        bloodPressure: "80/120",
        conditions: [""],
        dateOfBirth: "2999-01-01",
        bloodGroup: "C+",
      });
      expect.unreachable();
    } catch (err) {
      expect(isAppError(err) && err.status).toBe(422);
      expect(isAppError(err) && err.errors?.map((e) => e.path).sort()).toEqual([
        "bloodGroup",
        "bloodPressure",
        "conditions.0",
        "dateOfBirth",
        "heightCm",
      ]);
    }
  });
});

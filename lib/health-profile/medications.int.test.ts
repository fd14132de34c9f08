import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/users/[id]/export/route";
import { GET as getRoute, PUT as putRoute } from "@/app/api/v1/users/[id]/health-profile/route";
import { db } from "@/db/client";
import { call } from "@/tests/api-client";
import { tokenFor } from "@/tests/factories-appointments";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { medicationsFromForm } from "./medication-form";
import { getHealthProfile } from "./queries";
import { updateHealthProfileSchema } from "./schemas";
import { updateHealthProfile } from "./service";

type User = Awaited<ReturnType<typeof createUser>>;

/** What the medical-history action does with the posted form: read, validate, save. */
async function submitMedicalHistory(user: User, entries: [string, string][]) {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  const input = parseInput(updateHealthProfileSchema, {
    medications: medicationsFromForm(form),
  });
  return updateHealthProfile(actorFor(user), "me", input);
}

const api = async (user: User, method: "GET" | "PUT", body?: unknown) =>
  call(method === "GET" ? getRoute : putRoute, {
    method,
    path: "/users/me/health-profile",
    params: { id: "me" },
    token: await tokenFor(user),
    body,
  });

describe("structured medications", () => {
  it("are saved from the form's rows, and a row cleared on a later save is removed", async () => {
    const a = await createUser();
    await submitMedicalHistory(a, [
      ["medications.0.name", "Metformin"],
      ["medications.0.dosage", "500 mg"],
      ["medications.0.frequency", "twice daily"],
      ["medications.1.name", "Amlodipine"],
      ["medications.1.dosage", ""],
      ["medications.1.frequency", ""],
      ["medications.2.name", ""],
      ["medications.2.dosage", ""],
      ["medications.2.frequency", ""],
    ]);
    expect((await getHealthProfile(actorFor(a), "me")).medications).toEqual([
      { name: "Metformin", dosage: "500 mg", frequency: "twice daily" },
      { name: "Amlodipine", dosage: null, frequency: null },
    ]);

    await submitMedicalHistory(a, [
      ["medications.0.name", ""],
      ["medications.0.dosage", ""],
      ["medications.0.frequency", ""],
      ["medications.1.name", "Amlodipine"],
      ["medications.1.dosage", "5 mg"],
      ["medications.1.frequency", "at bedtime"],
    ]);
    expect((await getHealthProfile(actorFor(a), "me")).medications).toEqual([
      { name: "Amlodipine", dosage: "5 mg", frequency: "at bedtime" },
    ]);
  });

  it("refuse a form row with a dosage but no medicine name, naming the field", async () => {
    const a = await createUser();
    try {
      await submitMedicalHistory(a, [["medications.0.dosage", "5 mg"]]);
      expect.unreachable();
    } catch (err) {
      expect(isAppError(err) && err.errors).toEqual([
        { path: "medications.0.name", message: "must not be empty" },
      ]);
    }
    expect((await getHealthProfile(actorFor(a), "me")).updatedAt).toBeNull();
  });

  it("go through PUT and GET /users/me/health-profile, plain strings taken as names", async () => {
    const a = await createUser();
    const put = await api(a, "PUT", {
      medications: [
        { name: "Telmisartan", dosage: "40 mg", frequency: "once daily" },
        "Pantoprazole 40 mg",
      ],
    });
    expect(put.status).toBe(200);
    const expected = [
      { name: "Telmisartan", dosage: "40 mg", frequency: "once daily" },
      { name: "Pantoprazole 40 mg", dosage: null, frequency: null },
    ];
    expect(put.body.data.medications).toEqual(expected);
    expect((await api(a, "GET")).body.data.medications).toEqual(expected);

    const bad = await api(a, "PUT", { medications: [{ name: "X", frequency: "y".repeat(61) }] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { path: "medications.0.frequency", message: "must be at most 60 characters" },
    ]);
  });

  it("stored as text before they were structured still read, and are exported structured", async () => {
    const a = await createUser();
    await db.execute(
      sql`insert into health_profiles (user_id, medications)
          values (${a.id}, '["Levothyroxine 50 mcg before breakfast"]'::jsonb)`,
    );
    const legacy = [
      { name: "Levothyroxine 50 mcg before breakfast", dosage: null, frequency: null },
    ];
    expect((await api(a, "GET")).body.data.medications).toEqual(legacy);

    const exported = await call(exportRoute, {
      path: "/users/me/export",
      params: { id: "me" },
      token: await tokenFor(a),
    });
    expect(exported.status).toBe(200);
    expect(exported.body.data.healthProfile.medications).toEqual(legacy);
  });
});

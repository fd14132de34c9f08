import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, symptomChecks } from "@/db/schema";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/symptom-checks/route";
import { GET as getRoute } from "@/app/api/v1/symptom-checks/[id]/route";
import { POST as answerRoute } from "@/app/api/v1/symptom-checks/[id]/answers/route";
import { POST as bookRoute } from "@/app/api/v1/appointments/route";
import { POST as rescheduleRoute } from "@/app/api/v1/appointments/[id]/reschedule/route";
import { getPatientPanel } from "@/lib/prescriptions/panel";
import { RULES_VERSION } from "@/lib/triage";
import { call } from "@/tests/api-client";
import {
  clinicDate,
  createBookableDoctor,
  createPatientWithToken,
} from "@/tests/factories-appointments";
import { actorFor } from "@/tests/factories-users";

type Patient = Awaited<ReturnType<typeof createPatientWithToken>>;

const cough = { symptoms: ["cough"], age: 34, sex: "male", durationDays: 10 };
const chestPain = {
  symptoms: ["chest pain", "sweating"],
  description: "Crushing chest pain spreading to my left arm, sweating",
  age: 55,
  sex: "male",
};

const create = (body: unknown, token?: string, headers: Record<string, string> = {}) =>
  call(createRoute, { path: "/symptom-checks", body, token, headers });
const answer = (id: string, answers: unknown, token?: string) =>
  call(answerRoute, {
    path: `/symptom-checks/${id}/answers`,
    params: { id },
    body: { answers },
    token,
  });
const getOne = (id: string, token?: string) =>
  call(getRoute, { path: `/symptom-checks/${id}`, params: { id }, token });
const list = (token?: string, query = "") =>
  call(listRoute, { path: `/symptom-checks${query}`, token });

/** The first question's first option, as a client would pick it. */
function firstAnswer(created: { followUpQuestions: { id: string; options: { id: string }[] }[] }) {
  const q = created.followUpQuestions[0]!;
  return { questionId: q.id, answer: q.options[0]!.id };
}

let asha: Patient;
let ravi: Patient;

beforeEach(async () => {
  [asha, ravi] = await Promise.all([
    createPatientWithToken({ fullName: "Asha Rao" }),
    createPatientWithToken({ fullName: "Ravi Kumar" }),
  ]);
});

describe("POST /symptom-checks", () => {
  it("starts a signed-in check: 201, Location, questions, kept with the rules version", async () => {
    const res = await create(cough, asha.token);
    expect(res.status).toBe(201);
    const data = res.body.data;
    expect(res.headers.get("location")).toBe(`/api/v1/symptom-checks/${data.id}`);
    expect(data.assessment).toBeNull();
    expect(data.followUpQuestions.length).toBeGreaterThan(0);
    for (const q of data.followUpQuestions) {
      expect(q).toEqual({
        id: expect.any(String),
        text: expect.any(String),
        options: expect.arrayContaining([{ id: expect.any(String), label: expect.any(String) }]),
      });
    }
    const [row] = await db.select().from(symptomChecks).where(eq(symptomChecks.uuid, data.id));
    expect(row).toMatchObject({
      userId: asha.user.id,
      status: "in_progress",
      symptoms: ["cough"],
      durationDays: 10,
      locale: "en",
      rulesVersion: RULES_VERSION,
    });
  });

  it("a red flag answers the emergency assessment at once, with no question, and finishes the check", async () => {
    const res = await create(chestPain, asha.token);
    expect(res.status).toBe(201);
    const { id, followUpQuestions, assessment } = res.body.data;
    expect(followUpQuestions).toEqual([]);
    expect(assessment).toMatchObject({
      severity: "emergency",
      emergencyAction: { call: ["108", "112"], text: expect.any(String) },
      disclaimer: expect.any(String),
      rulesVersion: RULES_VERSION,
    });
    const one = await getOne(id, asha.token);
    expect(one.body.data).toMatchObject({
      status: "completed",
      assessment: { severity: "emergency" },
    });
  });

  it("speaks Hindi when asked: a Devanagari red flag goes straight to emergency", async () => {
    const res = await create(
      { symptoms: [], description: "सीने में दर्द और पसीना", age: 50, sex: "male" },
      asha.token,
      { "accept-language": "hi-IN,hi;q=0.9" },
    );
    expect(res.status).toBe(201);
    expect(res.body.data.followUpQuestions).toEqual([]);
    expect(res.body.data.assessment.severity).toBe("emergency");
    const [row] = await db.select().from(symptomChecks);
    expect(row?.locale).toBe("hi");
  });

  it.each([
    ["no symptom and no description", { symptoms: [], age: 30, sex: "female" }, ["symptoms"]],
    [
      "100 symptoms",
      { ...cough, symptoms: Array.from({ length: 100 }, () => "cough") },
      ["symptoms"],
    ],
    [
      "a 10,000-character description",
      { ...cough, description: "a".repeat(10_000) },
      ["description"],
    ],
    ["a NUL byte", { ...cough, symptoms: ["cou\u0000gh"] }, ["symptoms.0"]],
    ["an empty symptom", { ...cough, symptoms: [""] }, ["symptoms.0"]],
    ["an absurd age and no sex", { symptoms: ["cough"], age: 400 }, ["age", "sex"]],
    ["a negative duration", { ...cough, durationDays: -1 }, ["durationDays"]],
    ["an unknown body area", { ...cough, bodyArea: "elbow-ish" }, ["bodyArea"]],
    ["symptoms that are not a list", { ...cough, symptoms: "cough" }, ["symptoms"]],
  ])("422 for %s, with the field paths", async (_name, body, paths) => {
    const res = await create(body, asha.token);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(paths);
    expect(await db.$count(symptomChecks)).toBe(0);
  });

  it("422 at symptoms.N for each word it does not recognise, telling to describe it instead", async () => {
    const res = await create({ ...cough, symptoms: ["cough", "xyzzyqwv plorf"] }, asha.token);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { path: "symptoms.1", message: expect.stringMatching(/recognise.*describe/i) },
    ]);
    expect(res.body.detail).toMatch(/108/);
    expect(await db.$count(symptomChecks)).toBe(0);
  });

  it("a red flag is answered even beside a word it does not recognise (red flags first)", async () => {
    const res = await create(
      {
        symptoms: ["chest pain", "xyzzyqwv plorf"],
        description: "sweating a lot",
        age: 58,
        sex: "male",
      },
      asha.token,
    );
    expect(res.status).toBe(201);
    expect(res.body.data.assessment.severity).toBe("emergency");
    expect(res.body.data.followUpQuestions).toEqual([]);
  });

  it("422 when nothing at all in the description is a symptom", async () => {
    const res = await create(
      { symptoms: [], description: "qwzx vvbnm plorf", age: 30, sex: "female" },
      asha.token,
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["description"]);
  });

  it("400 for a body that is not JSON", async () => {
    const res = await create("{not json", asha.token);
    expect(res.status).toBe(400);
  });
});

describe("POST /symptom-checks/:id/answers", () => {
  it("finishes the check: the assessment's shape, stored answers and columns in one go", async () => {
    const created = (await create(cough, asha.token)).body.data;
    const res = await answer(created.id, [firstAnswer(created)], asha.token);
    expect(res.status).toBe(200);
    const emergency = res.body.data.assessment.severity === "emergency";
    expect(res.body.data).toEqual({
      id: created.id,
      assessment: {
        severity: expect.stringMatching(/^(self_care|see_doctor|urgent|emergency)$/),
        possibleConditions: expect.any(Array),
        recommendedSpecialty: expect.any(String),
        advice: expect.any(Array),
        redFlags: expect.any(Array),
        summary: expect.any(String),
        disclaimer: expect.any(String),
        emergencyAction: emergency ? { call: ["108", "112"], text: expect.any(String) } : null,
        rulesVersion: RULES_VERSION,
      },
    });
    const [row] = await db.select().from(symptomChecks).where(eq(symptomChecks.uuid, created.id));
    expect(row).toMatchObject({
      status: "completed",
      completedAt: expect.any(Date),
      severity: res.body.data.assessment.severity,
      summary: res.body.data.assessment.summary,
      rulesVersion: RULES_VERSION,
    });
    expect(row!.followUp).toHaveLength(1);
    expect(row!.followUp[0]).toMatchObject({ id: created.followUpQuestions[0].id });
  });

  it("an empty list assesses with what is known", async () => {
    const created = (await create(cough, asha.token)).body.data;
    const res = await answer(created.id, [], asha.token);
    expect(res.status).toBe(200);
    expect(res.body.data.assessment.summary).not.toBe("");
  });

  it("409 once finished; the stored result stays as it was", async () => {
    const created = (await create(cough, asha.token)).body.data;
    const first = await answer(created.id, [], asha.token);
    const again = await answer(created.id, [firstAnswer(created)], asha.token);
    expect(again.status).toBe(409);
    const one = await getOne(created.id, asha.token);
    expect(one.body.data.assessment.summary).toBe(first.body.data.assessment.summary);
    expect(one.body.data.followUp).toEqual([]);
  });

  it("two answers at once: one finishes, the other is 409", async () => {
    const created = (await create(cough, asha.token)).body.data;
    const results = await Promise.all([
      answer(created.id, [], asha.token),
      answer(created.id, [], asha.token),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("422 for an unknown question, an option it does not have, and a question answered twice", async () => {
    const created = (await create(cough, asha.token)).body.data;
    const good = firstAnswer(created);
    const res = await answer(
      created.id,
      [
        { questionId: "no_such_question", answer: "yes" },
        { questionId: good.questionId, answer: "not-an-option" },
        good,
        good,
      ],
      asha.token,
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      "answers.0.questionId",
      "answers.1.answer",
      "answers.3.questionId",
    ]);
    const one = await getOne(created.id, asha.token);
    expect(one.body.data.status).toBe("in_progress");
  });

  it("422 for more than 20 answers or a missing list", async () => {
    const created = (await create(cough, asha.token)).body.data;
    const many = Array.from({ length: 21 }, () => firstAnswer(created));
    expect((await answer(created.id, many, asha.token)).body.errors[0].path).toBe("answers");
    const none = await call(answerRoute, {
      path: `/symptom-checks/${created.id}/answers`,
      params: { id: created.id },
      body: {},
      token: asha.token,
    });
    expect(none.status).toBe(422);
    expect(none.body.errors[0].path).toBe("answers");
  });
});

describe("whose check", () => {
  it("another user cannot read or answer my check (404); I still can", async () => {
    const created = (await create(cough, asha.token)).body.data;
    expect((await getOne(created.id, ravi.token)).status).toBe(404);
    expect((await answer(created.id, [], ravi.token)).status).toBe(404);
    expect((await getOne(created.id)).status).toBe(404);
    expect((await answer(created.id, [])).status).toBe(404);
    expect((await list(ravi.token)).body.data).toEqual([]);
    const mine = await getOne(created.id, asha.token);
    expect(mine.status).toBe(200);
    expect(mine.body.data).toMatchObject({ id: created.id, status: "in_progress" });
    expect((await answer(created.id, [], asha.token)).status).toBe(200);
  });

  it("404 for a malformed or unknown id", async () => {
    expect((await getOne("not-a-uuid", asha.token)).status).toBe(404);
    expect((await getOne(crypto.randomUUID(), asha.token)).status).toBe(404);
  });
});

describe("signed out", () => {
  it("kept only while in progress, never listed, and deleted as it finishes", async () => {
    const res = await create(cough);
    expect(res.status).toBe(201);
    const created = res.body.data;
    const [row] = await db.select().from(symptomChecks);
    expect(row?.userId).toBeNull();
    expect((await list(asha.token)).body.data).toEqual([]);
    expect((await getOne(created.id)).body.data.status).toBe("in_progress");

    const done = await answer(created.id, [firstAnswer(created)]);
    expect(done.status).toBe(200);
    expect(done.body.data.assessment.disclaimer).toEqual(expect.any(String));
    expect(await db.$count(symptomChecks)).toBe(0);
    expect((await getOne(created.id)).status).toBe(404);
    expect((await answer(created.id, [])).status).toBe(404);
  });

  it("an emergency is answered and never stored", async () => {
    const res = await create(chestPain);
    expect(res.status).toBe(201);
    expect(res.body.data.assessment.severity).toBe("emergency");
    expect(await db.$count(symptomChecks)).toBe(0);
    expect((await getOne(res.body.data.id)).status).toBe(404);
  });
});

describe("GET /symptom-checks", () => {
  it("401 without a user", async () => {
    const res = await list();
    expect(res.status).toBe(401);
  });

  it("my checks, newest first, paged, with the shape of the contract", async () => {
    const first = (await create(cough, asha.token)).body.data;
    await answer(first.id, [], asha.token);
    const second = (await create(chestPain, asha.token)).body.data;
    await create(cough, ravi.token);
    const res = await list(asha.token, "?pageSize=1");
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ page: 1, pageSize: 1, total: 2 });
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toEqual({
      id: second.id,
      status: "completed",
      symptoms: chestPain.symptoms,
      description: chestPain.description,
      age: 55,
      sex: "male",
      durationDays: null,
      bodyArea: null,
      locale: "en",
      followUp: [],
      assessment: expect.objectContaining({ severity: "emergency" }),
      booked: false,
      createdAt: expect.any(String),
      completedAt: expect.any(String),
    });
    const page2 = await list(asha.token, "?pageSize=1&page=2");
    expect(page2.body.data.map((c: { id: string }) => c.id)).toEqual([first.id]);
  });
});

describe("booking with a check", () => {
  const bookWith = (token: string, doctorId: string, extra: Record<string, unknown>) =>
    call(bookRoute, {
      path: "/appointments",
      token,
      body: { doctorId, date: clinicDate(3), time: "10:00", consultationType: "online", ...extra },
    });

  it("attaches my finished check: the appointment links it, it is booked, the doctor's panel shows its summary", async () => {
    const dr = await createBookableDoctor();
    const created = (await create(cough, asha.token)).body.data;
    const done = (await answer(created.id, [], asha.token)).body.data;
    const res = await bookWith(asha.token, dr.doctor.uuid, { symptomCheckId: created.id });
    expect(res.status).toBe(201);
    expect(res.body.data.symptoms).toBe(done.assessment.summary);

    const [appt] = await db.select().from(appointments);
    const [check] = await db.select().from(symptomChecks);
    expect(appt!.symptomCheckId).toBe(check!.id);
    expect(check).toMatchObject({ status: "booked", appointmentId: appt!.id });
    expect((await getOne(created.id, asha.token)).body.data.booked).toBe(true);

    const panel = await getPatientPanel(actorFor(dr.user, dr.doctor.id), appt!.uuid, {
      door: "page",
    });
    expect(panel.symptomCheck).toEqual({
      summary: done.assessment.summary,
      severity: done.assessment.severity,
    });
  });

  it("a reschedule keeps the check with the new time, where the doctor still reads it", async () => {
    const dr = await createBookableDoctor();
    const created = (await create(cough, asha.token)).body.data;
    const done = (await answer(created.id, [], asha.token)).body.data;
    const booked = (await bookWith(asha.token, dr.doctor.uuid, { symptomCheckId: created.id })).body
      .data;
    const moved = await call(rescheduleRoute, {
      path: `/appointments/${booked.id}/reschedule`,
      params: { id: booked.id },
      token: asha.token,
      body: { date: clinicDate(4), time: "11:00" },
    });
    expect(moved.status).toBe(200);
    const panel = await getPatientPanel(actorFor(dr.user, dr.doctor.id), moved.body.data.id, {
      door: "page",
    });
    expect(panel.symptomCheck?.summary).toBe(done.assessment.summary);
    const [check] = await db.select().from(symptomChecks);
    const [appt] = await db
      .select({ id: appointments.id })
      .from(appointments)
      .where(eq(appointments.uuid, moved.body.data.id));
    expect(check!.appointmentId).toBe(appt!.id);
  });

  it("keeps the patient's own symptoms text when given", async () => {
    const dr = await createBookableDoctor();
    const created = (await create(cough, asha.token)).body.data;
    await answer(created.id, [], asha.token);
    const res = await bookWith(asha.token, dr.doctor.uuid, {
      symptomCheckId: created.id,
      symptoms: "Dry cough, worse at night",
    });
    expect(res.body.data.symptoms).toBe("Dry cough, worse at night");
  });

  it("422 at symptomCheckId for someone else's check, one in progress, one already booked, or a bad id; nothing booked", async () => {
    const dr = await createBookableDoctor();
    const ravis = (await create(cough, ravi.token)).body.data;
    await answer(ravis.id, [], ravi.token);
    const unfinished = (await create(cough, asha.token)).body.data;
    for (const symptomCheckId of [ravis.id, unfinished.id, crypto.randomUUID(), "nope"]) {
      const res = await bookWith(asha.token, dr.doctor.uuid, { symptomCheckId });
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["symptomCheckId"]);
    }
    expect(await db.$count(appointments)).toBe(0);

    const mine = (await create(cough, asha.token)).body.data;
    await answer(mine.id, [], asha.token);
    expect((await bookWith(asha.token, dr.doctor.uuid, { symptomCheckId: mine.id })).status).toBe(
      201,
    );
    const again = await bookWith(asha.token, dr.doctor.uuid, {
      symptomCheckId: mine.id,
      time: "11:00",
    });
    expect(again.status).toBe(422);
    expect(await db.$count(appointments)).toBe(1);
  });
});

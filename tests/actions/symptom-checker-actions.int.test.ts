import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { symptomChecks } from "@/db/schema";
import {
  answerQuestionAction,
  startSymptomCheckAction,
} from "@/app/(site)/(patient)/symptom-checker/actions";
import type { Actor } from "@/lib/auth/actor";
import { getSymptomCheckProgress } from "@/lib/symptom-checks/queries";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";

// The checker's form doors with Next's request scope stubbed: who is signed in, the language, and
// where the action sends the browser. Everything below the actions (domain, engine, database) is real.
const door = vi.hoisted(() => ({
  actor: null as Actor | null,
  locale: "en",
  redirects: [] as string[],
}));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next-intl/server", () => ({
  getLocale: async () => door.locale,
  getTranslations: async () => Object.assign((key: string) => key, { has: () => true }),
}));

beforeEach(() => {
  door.actor = null;
  door.locale = "en";
  door.redirects = [];
});

function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of [value].flat()) f.append(name, v);
  }
  return f;
}

const coughForm = () =>
  form({ symptoms: ["cough"], description: "", age: "34", sex: "male", durationDays: "10" });

/** Answers every question the page shows with its first option, as a user clicking through. */
async function clickThrough(id: string) {
  let answers: string[] = [];
  for (let step = 0; step < 10; step++) {
    const progress = await getSymptomCheckProgress(
      door.actor,
      id,
      answers.map((a) => {
        const [questionId, answer] = a.split(":") as [string, string];
        return { questionId, answer };
      }),
      "en",
    );
    const question = progress.questions[0];
    const fields: Record<string, string | string[]> = { checkId: id, a: answers };
    if (question)
      Object.assign(fields, { questionId: question.id, answer: question.options[0]!.id });
    else fields.intent = "finish";
    door.redirects = [];
    const result = await answerQuestionAction(null, form(fields));
    if (result?.assessment) return { result, steps: step + 1 };
    const target = door.redirects[0]!;
    if (!target.includes("?")) return { result, target, steps: step + 1 };
    answers = new URL(target, "http://x").searchParams.getAll("a");
  }
  throw new Error("the questions never ended");
}

describe("symptom checker form: signed out", () => {
  it("asks one question at a time, shows the result once, and keeps nothing", async () => {
    expect(await startSymptomCheckAction(null, coughForm())).toBeUndefined();
    const target = door.redirects[0]!;
    expect(target).toMatch(/^\/symptom-checker\/[0-9a-f-]{36}$/);
    const id = target.split("/").pop()!;
    expect(await db.$count(symptomChecks)).toBe(1);

    const { result } = await clickThrough(id);
    expect(result).toMatchObject({ ok: true, assessment: { summary: expect.any(String) } });
    expect(await db.$count(symptomChecks)).toBe(0);
  });

  it("a Hindi emergency is answered at once on the same page, and never stored", async () => {
    door.locale = "hi";
    const result = await startSymptomCheckAction(
      null,
      form({ description: "सीने में दर्द और पसीना", age: "52", sex: "male" }),
    );
    expect(result).toMatchObject({
      ok: true,
      assessment: { severity: "emergency", emergencyAction: { call: ["108", "112"] } },
    });
    expect(door.redirects).toEqual([]);
    expect(await db.$count(symptomChecks)).toBe(0);
  });

  it("puts each problem beside its field and hands the input back", async () => {
    const result = await startSymptomCheckAction(
      null,
      form({ description: "", age: "", sex: "", durationDays: "-3" }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "validation_failed",
      fieldErrors: {
        symptoms: expect.any(String),
        age: expect.any(String),
        sex: expect.any(String),
        durationDays: expect.any(String),
      },
      values: { durationDays: "-3" },
    });
  });
});

describe("symptom checker form: signed in", () => {
  it("lands on the saved result after the last question; the check is mine and finished", async () => {
    const user = await createUser();
    door.actor = actorFor(user);
    await startSymptomCheckAction(null, coughForm());
    const id = door.redirects[0]!.split("/").pop()!;
    const { target } = await clickThrough(id);
    expect(target).toBe(`/symptom-checker/${id}`);
    const [row] = await db.select().from(symptomChecks).where(eq(symptomChecks.uuid, id));
    expect(row).toMatchObject({ userId: user.id, status: "completed" });
  });

  it("a question left unanswered is refused beside it; Skip finishes with what is known", async () => {
    door.actor = actorFor(await createUser());
    await startSymptomCheckAction(null, coughForm());
    const id = door.redirects[0]!.split("/").pop()!;
    const progress = await getSymptomCheckProgress(door.actor, id, [], "en");
    const questionId = progress.questions[0]!.id;
    const refused = await answerQuestionAction(null, form({ checkId: id, questionId }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { answer: expect.any(String) } });

    door.redirects = [];
    await answerQuestionAction(null, form({ checkId: id, questionId, intent: "finish" }));
    expect(door.redirects).toEqual([`/symptom-checker/${id}`]);
  });

  it("someone else's check is not found", async () => {
    door.actor = actorFor(await createUser());
    await startSymptomCheckAction(null, coughForm());
    const id = door.redirects[0]!.split("/").pop()!;
    door.actor = actorFor(await createUser());
    const result = await answerQuestionAction(null, form({ checkId: id, intent: "finish" }));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
  });
});

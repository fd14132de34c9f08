import { describe, expect, it } from "vitest";
import { answerSymptomCheckSchema, createSymptomCheckSchema } from "./schemas";

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => i.path.join("."));

const base = { symptoms: ["cough"], age: 34, sex: "male" };

describe("createSymptomCheckSchema", () => {
  it("takes chips and words in English or Hindi, trimmed; blank description left out", () => {
    const r = createSymptomCheckSchema.parse({
      ...base,
      symptoms: ["  cough ", "बुखार"],
      description: "   ",
      durationDays: 10,
      bodyArea: "chest",
    });
    expect(r).toEqual({
      symptoms: ["cough", "बुखार"],
      age: 34,
      sex: "male",
      durationDays: 10,
      bodyArea: "chest",
    });
  });

  it("a description alone is enough; nothing at all is refused at symptoms", () => {
    expect(
      createSymptomCheckSchema.safeParse({ age: 5, sex: "female", description: "सिर दर्द" }).success,
    ).toBe(true);
    expect(
      paths(createSymptomCheckSchema.safeParse({ symptoms: [], age: 5, sex: "female" })),
    ).toEqual(["symptoms"]);
  });

  it.each([
    ["21 symptoms", { symptoms: Array.from({ length: 21 }, () => "cough") }, "symptoms"],
    ["a 101-character symptom", { symptoms: ["a".repeat(101)] }, "symptoms.0"],
    ["a NUL byte", { symptoms: ["co\u0000ugh"] }, "symptoms.0"],
    ["a 2,001-character description", { description: "a".repeat(2001) }, "description"],
    ["age 121", { age: 121 }, "age"],
    ["age 3.5", { age: 3.5 }, "age"],
    ["age as text", { age: "34" }, "age"],
    ["an unknown sex", { sex: "x" }, "sex"],
    ["duration 3,651 days", { durationDays: 3651 }, "durationDays"],
    ["an unknown body area", { bodyArea: "tail" }, "bodyArea"],
  ])("refuses %s", (_name, patch, path) => {
    expect(paths(createSymptomCheckSchema.safeParse({ ...base, ...patch }))).toEqual([path]);
  });
});

describe("answerSymptomCheckSchema", () => {
  it("takes up to 20 answers, an empty list too", () => {
    expect(answerSymptomCheckSchema.parse({ answers: [] })).toEqual({ answers: [] });
    const twenty = Array.from({ length: 20 }, (_, i) => ({ questionId: `q${i}`, answer: "yes" }));
    expect(answerSymptomCheckSchema.safeParse({ answers: twenty }).success).toBe(true);
    expect(paths(answerSymptomCheckSchema.safeParse({ answers: [...twenty, twenty[0]] }))).toEqual([
      "answers",
    ]);
  });

  it("names the bad part of each answer", () => {
    const r = answerSymptomCheckSchema.safeParse({
      answers: [
        { questionId: "", answer: "yes" },
        { questionId: "q", answer: "y\u0000" },
      ],
    });
    expect(paths(r)).toEqual(["answers.0.questionId", "answers.1.answer"]);
  });
});

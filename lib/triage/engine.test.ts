import { describe, expect, it } from "vitest";
import { assess, planQuestions, questionById, RULES_VERSION, startCheck } from "./index";
import type { TriageAnswers, TriageInput } from "./types";
import { vignettes } from "./vignettes";

const cough10: TriageInput = { symptoms: ["cough"], age: 34, sex: "male", durationDays: 10 };

describe("startCheck", () => {
  it("lists the entries it cannot place, by index", () => {
    const r = startCheck(
      { symptoms: ["headache", "qwerty zxc", "बुखार"], age: 30, sex: "female" },
      "en",
    );
    expect(r.unknown).toEqual([{ index: 1, text: "qwerty zxc" }]);
  });

  it("asks questions when nothing is an emergency", () => {
    const r = startCheck(cough10, "en");
    expect(r.assessment).toBeNull();
    expect(r.questions.length).toBeGreaterThan(0);
    for (const q of r.questions) {
      expect(q.options.length).toBeGreaterThanOrEqual(2);
      expect(q.options.length).toBeLessThanOrEqual(4);
    }
  });

  it("places a bare pain by the body-area pick", () => {
    const r = startCheck({ symptoms: ["pain"], age: 50, sex: "male", bodyArea: "chest" }, "en");
    expect(r.questions[0]?.id).toBe("q_chest_features");
  });

  it("answers in Hindi when asked to", () => {
    const r = startCheck(cough10, "hi");
    expect(r.questions[0]?.text).toMatch(/[\u0900-\u097f]/);
    const e = startCheck({ symptoms: ["सीने में दर्द", "पसीना"], age: 50, sex: "male" }, "hi");
    expect(e.assessment?.severity).toBe("emergency");
    expect(e.assessment?.emergencyAction?.text).toMatch(/108/);
    expect(e.assessment?.summary).toMatch(/50 वर्षीय पुरुष/);
  });
});

describe("planQuestions", () => {
  it("adapts to the answers: each answer changes what is still worth asking", () => {
    const input: TriageInput = { symptoms: ["fever"], age: 30, sex: "female" };
    const first = planQuestions(input, {}, "en").map((q) => q.id);
    expect(first[0]).toBe("q_fever_danger");
    expect(first).toContain("q_duration");
    const afterDanger = planQuestions(input, { q_fever_danger: "no" }, "en").map((q) => q.id);
    expect(afterDanger).not.toContain("q_fever_danger");
    expect(afterDanger[0]).toBe("q_duration");
  });

  it("asks at most four questions in all", () => {
    const input: TriageInput = {
      symptoms: ["fever", "headache", "cough", "stomach pain", "diarrhoea", "body ache"],
      age: 30,
      sex: "female",
    };
    const answers: Record<string, string> = {};
    let next = planQuestions(input, answers, "en")[0];
    while (next) {
      answers[next.id] =
        next.options.find((o) => o.id === "no" || o.id === "moderate")?.id ?? next.options[0]!.id;
      next = planQuestions(input, answers, "en")[0];
    }
    expect(Object.keys(answers).length).toBeLessThanOrEqual(4);
    expect(Object.keys(answers).length).toBeGreaterThanOrEqual(2);
  });

  it("stops at once when an answer reveals a red flag, and the assessment is an emergency", () => {
    const input: TriageInput = { symptoms: ["chest pain"], age: 55, sex: "male" };
    expect(planQuestions(input, {}, "en")[0]?.id).toBe("q_chest_features");
    const answers: TriageAnswers = { q_chest_features: "yes" };
    expect(planQuestions(input, answers, "en")).toEqual([]);
    const a = assess(input, answers, "en");
    expect(a.severity).toBe("emergency");
    expect(a.emergencyAction?.call).toEqual(["108", "112"]);
  });

  it("goes back by dropping the last answer", () => {
    const input: TriageInput = { symptoms: ["headache"], age: 30, sex: "male" };
    const q1 = planQuestions(input, {}, "en")[0]!;
    const q2 = planQuestions(input, { [q1.id]: "no" }, "en")[0]!;
    expect(q2.id).not.toBe(q1.id);
    expect(planQuestions(input, {}, "en")[0]).toEqual(q1);
  });

  it("ignores answers to unknown questions or with unknown options", () => {
    const a = assess(cough10, { nope: "yes", q_cough_tb: "maybe" }, "en");
    expect(a.severity).toBe(assess(cough10, {}, "en").severity);
  });
});

describe("assess", () => {
  it("sends a 10-day cough to a general physician, with TB advice when the cough lasts", () => {
    const a = assess(cough10, { q_cough_tb: "no" }, "en");
    expect(a.severity).toBe("see_doctor");
    expect(a.recommendedSpecialty).toBe("general_physician");
    expect(a.summary).toMatch(/^A 34-year-old man with cough for 10 days/);
    const tb = assess({ ...cough10, durationDays: 21 }, {}, "en");
    expect(tb.recommendedSpecialty).toBe("pulmonologist");
    expect(tb.advice.join(" ")).toMatch(/TB/);
  });

  it("escalates 'not sure' about a danger sign instead of guessing down", () => {
    const input: TriageInput = { symptoms: ["chest pain"], age: 30, sex: "female" };
    expect(assess(input, { q_chest_features: "not_sure" }, "en").severity).toBe("urgent");
  });

  it("sends children to a pediatrician and pregnancies to a gynecologist", () => {
    expect(
      assess({ symptoms: ["cough"], age: 6, sex: "male", durationDays: 2 }, {}, "en")
        .recommendedSpecialty,
    ).toBe("pediatrician");
    expect(
      assess(
        {
          symptoms: ["headache"],
          description: "I am pregnant",
          age: 26,
          sex: "female",
          durationDays: 1,
        },
        {},
        "en",
      ).recommendedSpecialty,
    ).toBe("gynecologist");
  });

  it("always says it is guidance, stamps the rules version, and shows the 108 action exactly for emergencies", () => {
    for (const v of vignettes) {
      for (const locale of ["en", "hi"] as const) {
        const a = assess(v.input, v.answers ?? {}, locale);
        expect(a.disclaimer.length).toBeGreaterThan(10);
        expect(a.rulesVersion).toBe(RULES_VERSION);
        expect(a.emergencyAction !== null).toBe(a.severity === "emergency");
        expect(a.summary.length).toBeGreaterThan(20);
        expect(a.advice.length).toBeGreaterThan(0);
        expect(a.redFlags.length).toBeGreaterThan(0);
        for (const c of a.possibleConditions) expect(c.likelihood).not.toMatch(/\d|%/);
        for (const s of [...a.advice, a.summary]) expect(s).not.toMatch(/\d+\s?(mg|ml|tablet)/i);
      }
    }
  });

  it("writes the summary for a doctor, in the locale", () => {
    const input: TriageInput = {
      symptoms: ["fever"],
      description: "khansi hai, no rash",
      age: 8,
      sex: "female",
      durationDays: 4,
    };
    const en = assess(input, { q_fever_danger: "no" }, "en").summary;
    expect(en).toMatch(/A 8-year-old girl with .*fever.* for 4 days/);
    expect(en).toMatch(/no rash/);
    expect(en).toMatch(/Guidance: see a doctor \(Pediatrician\)/);
    const hi = assess(input, { q_fever_danger: "no" }, "hi").summary;
    expect(hi).toMatch(/8 वर्षीय बालिका/);
    expect(hi).toMatch(/बाल रोग विशेषज्ञ/);
  });

  it("is fast: 100 symptoms and a 10,000-character text in well under a second", () => {
    const started = performance.now();
    const input: TriageInput = {
      symptoms: Array.from({ length: 100 }, (_, i) => (i % 2 ? "cough" : `word${i}`)),
      description: "headache and tired ".repeat(500),
      age: 40,
      sex: "other",
    };
    const r = startCheck(input, "en");
    assess(input, {}, "en");
    expect(r.unknown.length).toBe(50);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("questionById", () => {
  it("finds a question in either language, or null", () => {
    expect(questionById("q_duration", "en")?.options.map((o) => o.id)).toContain("not_sure");
    expect(questionById("q_duration", "hi")?.text).toMatch(/[\u0900-\u097f]/);
    expect(questionById("nope", "en")).toBeNull();
  });
});

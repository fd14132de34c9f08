import { describe, expect, it } from "vitest";
import type { Assessment } from "@/lib/triage/types";
import {
  assessmentColumns,
  toAssessmentDto,
  toSymptomCheckDto,
  triageLocaleOf,
  type SymptomCheckViewRow,
} from "./mappers";

const assessment: Assessment = {
  severity: "see_doctor",
  possibleConditions: [{ name: "Bronchitis", likelihood: "possible" }],
  recommendedSpecialty: "general_physician",
  advice: ["Rest and drink fluids"],
  redFlags: ["Coughing blood"],
  summary: "A 34-year-old man with a cough for 10 days.",
  disclaimer: "Guidance, not a diagnosis.",
  emergencyAction: null,
  ruleIds: ["cough_over_a_week"],
  rulesVersion: "2026.12.1",
};

const row: SymptomCheckViewRow = {
  uuid: "3f1c2a10-1111-4222-8333-444455556666",
  status: "completed",
  symptoms: ["cough"],
  freeText: null,
  age: 34,
  sex: "male",
  durationDays: 10,
  bodyArea: null,
  locale: "hi",
  followUp: [{ id: "fever", question: "बुखार?", options: ["हाँ", "नहीं"], answer: "नहीं" }],
  severity: "emergency",
  possibleConditions: [],
  recommendedSpecialty: "cardiologist",
  summary: "Chest pain",
  advice: [],
  redFlags: [],
  rulesVersion: "2026.12.1",
  createdAt: new Date("2026-12-05T10:00:00Z"),
  completedAt: new Date("2026-12-05T10:01:00Z"),
};

describe("symptom check mappers", () => {
  it("the engine speaks English and Hindi; other locales read English", () => {
    expect(triageLocaleOf("hi")).toBe("hi");
    expect(triageLocaleOf("bn")).toBe("en");
    expect(triageLocaleOf(null)).toBe("en");
  });

  it("an assessment leaves without its rule ids; its columns hold what is stored", () => {
    const dto = toAssessmentDto(assessment);
    expect(dto).not.toHaveProperty("ruleIds");
    expect(dto).toMatchObject({ severity: "see_doctor", emergencyAction: null });
    expect(assessmentColumns(assessment)).toEqual({
      severity: "see_doctor",
      possibleConditions: [{ name: "Bronchitis", likelihood: "possible" }],
      recommendedSpecialty: "general_physician",
      summary: assessment.summary,
      advice: assessment.advice,
      redFlags: assessment.redFlags,
      rulesVersion: "2026.12.1",
    });
  });

  it("a stored emergency gets the 108/112 action and the disclaimer in its language", () => {
    const dto = toSymptomCheckDto(row);
    expect(dto.assessment).toMatchObject({
      severity: "emergency",
      emergencyAction: { call: ["108", "112"] },
    });
    expect(dto.assessment!.disclaimer).toMatch(/[\u0900-\u097F]/);
    expect(dto.followUp).toEqual([{ questionId: "fever", question: "बुखार?", answer: "नहीं" }]);
    expect(dto.booked).toBe(false);
  });

  it("a check in progress has no assessment", () => {
    expect(
      toSymptomCheckDto({ ...row, status: "in_progress", severity: null }).assessment,
    ).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { bmiOf, toHealthProfileDto, emptyHealthProfileRow } from "./mappers";
import { parseBloodPressure, updateHealthProfileSchema } from "./schemas";

const issuesOf = (input: unknown) => {
  const result = updateHealthProfileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
};

describe("updateHealthProfileSchema", () => {
  it("trims list entries and drops duplicates case-insensitively, keeping the first spelling", () => {
    const out = updateHealthProfileSchema.parse({
      conditions: [" Diabetes ", "diabetes", "Asthma", "ASTHMA", "Thyroid"],
    });
    expect(out.conditions).toEqual(["Diabetes", "Asthma", "Thyroid"]);
  });

  it("limits lists to 50 distinct entries of 1..100 characters", () => {
    expect(issuesOf({ allergies: Array.from({ length: 51 }, (_, i) => `Allergy ${i}`) })).toEqual([
      "allergies",
    ]);
    expect(issuesOf({ allergies: Array.from({ length: 60 }, () => "Pollen") })).toEqual([]);
    // A medicine given as text is its name, so the name is what is at fault.
    expect(issuesOf({ medications: ["ok", "   "] })).toEqual(["medications.1.name"]);
    expect(issuesOf({ medications: ["x".repeat(101)] })).toEqual(["medications.0.name"]);
  });

  it("takes medicines as { name, dosage?, frequency? } and reads a plain string as the name", () => {
    const out = updateHealthProfileSchema.parse({
      medications: [
        { name: " Metformin ", dosage: "500 mg", frequency: "twice daily" },
        "Levothyroxine 50 mcg",
        { name: "metformin", dosage: "500 MG", frequency: "Twice daily" },
        { name: "Metformin", dosage: "1000 mg", frequency: "" },
      ],
    });
    expect(out.medications).toEqual([
      { name: "Metformin", dosage: "500 mg", frequency: "twice daily" },
      { name: "Levothyroxine 50 mcg", dosage: null, frequency: null },
      { name: "Metformin", dosage: "1000 mg", frequency: null },
    ]);
    expect(
      issuesOf({
        medications: [{ name: "A", dosage: "x".repeat(61) }, { dosage: "5 mg" }, 42],
      }),
    ).toEqual(["medications.0.dosage", "medications.1.name", "medications.2"]);
    expect(
      issuesOf({ medications: Array.from({ length: 51 }, (_, i) => ({ name: `Medicine ${i}` })) }),
    ).toEqual(["medications"]);
  });

  it("checks ranges of height and weight and keeps one decimal", () => {
    expect(updateHealthProfileSchema.parse({ heightCm: 172.46, weightKg: 70.04 })).toMatchObject({
      heightCm: 172.5,
      weightKg: 70,
    });
    expect(issuesOf({ heightCm: 29, weightKg: 351 })).toEqual(["heightCm", "weightKg"]);
    expect(issuesOf({ heightCm: "170" })).toEqual(["heightCm"]);
  });

  it("checks blood pressure", () => {
    expect(updateHealthProfileSchema.parse({ bloodPressure: " 120 / 80 " }).bloodPressure).toBe(
      "120/80",
    );
    expect(issuesOf({ bloodPressure: "80/120" })).toEqual(["bloodPressure"]);
    expect(issuesOf({ bloodPressure: "300/80" })).toEqual(["bloodPressure"]);
    expect(issuesOf({ bloodPressure: "high" })).toEqual(["bloodPressure"]);
    expect(updateHealthProfileSchema.parse({ bloodPressure: "" }).bloodPressure).toBeNull();
  });

  it("refuses a birth date in the future or more than 120 years ago, and NUL characters", () => {
    expect(issuesOf({ dateOfBirth: "2999-01-01" })).toEqual(["dateOfBirth"]);
    expect(issuesOf({ dateOfBirth: "1890-01-01" })).toEqual(["dateOfBirth"]);
    expect(issuesOf({ dateOfBirth: "2001-02-30" })).toEqual(["dateOfBirth"]);
    expect(issuesOf({ notes: "a\u0000b" })).toEqual(["notes"]);
    expect(issuesOf({ notes: "x".repeat(2001) })).toEqual(["notes"]);
  });

  it("normalises the emergency contact like a phone number", () => {
    expect(
      updateHealthProfileSchema.parse({ emergencyContact: "098765 43210" }).emergencyContact,
    ).toBe("+919876543210");
    expect(issuesOf({ emergencyContact: "12345" })).toEqual(["emergencyContact"]);
  });
});

describe("blood pressure and BMI", () => {
  it("needs systolic above diastolic within range", () => {
    expect(parseBloodPressure("140/90")).toBe("140/90");
    expect(parseBloodPressure("90/90")).toBeNull();
    expect(parseBloodPressure("120/20")).toBeNull();
  });

  it("computes BMI with one decimal", () => {
    expect(bmiOf(170, 65)).toBe(22.5);
    expect(bmiOf(null, 65)).toBeNull();
    expect(
      toHealthProfileDto({ ...emptyHealthProfileRow, heightCm: "160.0", weightKg: "77.0" }).bmi,
    ).toBe(30.1);
  });

  it("reads medicines stored as plain text (before they were structured) as their name", () => {
    expect(
      toHealthProfileDto({
        ...emptyHealthProfileRow,
        medications: ["Amlodipine 5 mg", { name: "Metformin", dosage: "500 mg", frequency: null }],
      }).medications,
    ).toEqual([
      { name: "Amlodipine 5 mg", dosage: null, frequency: null },
      { name: "Metformin", dosage: "500 mg", frequency: null },
    ]);
  });

  it("derives age from the date of birth", () => {
    expect(
      toHealthProfileDto(
        { ...emptyHealthProfileRow, dateOfBirth: "2000-06-15", age: 99 },
        "2026-06-14",
      ).age,
    ).toBe(25);
    expect(toHealthProfileDto({ ...emptyHealthProfileRow, age: 41 }).age).toBe(41);
  });
});

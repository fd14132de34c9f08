import { describe, expect, it } from "vitest";
import { durationText, issuePrescriptionSchema } from "./schemas";

const item = { name: "ORS", dosage: "1 sachet", frequency: "after_meals", durationDays: 3 };
const errorPaths = (input: unknown) =>
  issuePrescriptionSchema.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];

describe("durationText", () => {
  it("writes days, and whole months of 30 days as months", () => {
    expect(durationText(1)).toBe("1 day");
    expect(durationText(5)).toBe("5 days");
    expect(durationText(30)).toBe("1 month");
    expect(durationText(90)).toBe("3 months");
    expect(durationText(45)).toBe("45 days");
  });
});

describe("issuePrescriptionSchema", () => {
  it("takes a catalogue medicine or a free-text name, 1 to 20 of them", () => {
    expect(errorPaths({ diagnosis: "Fever", items: [item] })).toEqual([]);
    expect(errorPaths({ diagnosis: "Fever", items: [] })).toEqual(["items"]);
    expect(errorPaths({ diagnosis: "Fever", items: Array(21).fill(item) })).toEqual(["items"]);
    expect(errorPaths({ diagnosis: "Fever", items: [{ ...item, name: undefined }] })).toEqual([
      "items.0.medicineId",
    ]);
    expect(
      errorPaths({ diagnosis: "Fever", items: [{ ...item, medicineId: "not-a-uuid" }] }),
    ).toEqual(["items.0.medicineId"]);
  });

  it("bounds the duration to 1..365 days and the frequency to the listed ones", () => {
    expect(errorPaths({ diagnosis: "x", items: [{ ...item, durationDays: 0 }] })).toEqual([
      "items.0.durationDays",
    ]);
    expect(errorPaths({ diagnosis: "x", items: [{ ...item, durationDays: 366 }] })).toEqual([
      "items.0.durationDays",
    ]);
    expect(errorPaths({ diagnosis: "x", items: [{ ...item, frequency: "hourly" }] })).toEqual([
      "items.0.frequency",
    ]);
  });

  it("needs a diagnosis and a real calendar date for the follow-up", () => {
    expect(errorPaths({ diagnosis: "  ", items: [item] })).toEqual(["diagnosis"]);
    expect(errorPaths({ diagnosis: "x", items: [item], followUpDate: "2026-02-30" })).toEqual([
      "followUpDate",
    ]);
    expect(errorPaths({ diagnosis: "x", items: [item], followUpDate: "12/01/2026" })).toEqual([
      "followUpDate",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { medicationsFromForm } from "./medication-form";

const formOf = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
};

describe("medicationsFromForm", () => {
  it("reads rows in order and skips rows left blank", () => {
    const form = formOf([
      ["medications.1.name", "Amlodipine"],
      ["medications.1.dosage", "5 mg"],
      ["medications.1.frequency", "once daily"],
      ["medications.0.name", "Metformin"],
      ["medications.0.dosage", ""],
      ["medications.0.frequency", "twice daily"],
      ["medications.2.name", " "],
      ["medications.2.dosage", ""],
      ["medications.2.frequency", ""],
      ["notes", "not a medicine"],
    ]);
    expect(medicationsFromForm(form)).toEqual([
      { name: "Metformin", dosage: "", frequency: "twice daily" },
      { name: "Amlodipine", dosage: "5 mg", frequency: "once daily" },
    ]);
  });

  it("keeps a row with a dosage but no name, for the schema to refuse", () => {
    expect(medicationsFromForm(formOf([["medications.0.dosage", "5 mg"]]))).toEqual([
      { name: "", dosage: "5 mg", frequency: "" },
    ]);
  });
});

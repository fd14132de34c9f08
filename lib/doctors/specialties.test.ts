import { describe, expect, it } from "vitest";
import { doctorSpecialties } from "@/db/schema/doctors";
import { parseSpecialty, specialties, specialtyLabel } from "./specialties";

describe("specialty catalogue", () => {
  it("covers exactly the specialties the database accepts", () => {
    expect(specialties.map((s) => s.key).sort()).toEqual([...doctorSpecialties].sort());
  });

  it.each([
    ["Cardiology", "cardiologist"],
    ["cardiology", "cardiologist"],
    ["Cardiologist", "cardiologist"],
    ["cardiologist", "cardiologist"],
    ["  ENT ", "ent"],
    ["general physician", "general_physician"],
  ])("reads %j as %s", (input, key) => {
    expect(parseSpecialty(input)).toBe(key);
  });

  it("does not guess at unknown names", () => {
    expect(parseSpecialty("Astrology")).toBeUndefined();
  });

  it("labels in Hindi and English", () => {
    expect(specialtyLabel("cardiologist", "en")).toBe("Cardiologist");
    expect(specialtyLabel("cardiologist", "hi")).toBe("हृदय रोग विशेषज्ञ");
  });
});

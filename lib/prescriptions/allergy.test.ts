import { describe, expect, it } from "vitest";
import { matchingAllergies } from "./allergy";

describe("matchingAllergies", () => {
  it("matches an allergy word inside the brand or generic name, ignoring case", () => {
    expect(matchingAllergies(["Penicillin"], { name: "Penicillin V 250 mg" })).toEqual([
      "Penicillin",
    ]);
    expect(
      matchingAllergies(["ibuprofen allergy"], { name: "Brufen 400", genericName: "Ibuprofen" }),
    ).toEqual(["ibuprofen allergy"]);
  });

  it("matches a drug class the patient named through the class table", () => {
    expect(matchingAllergies(["penicillin"], { name: "Amoxicillin 500 mg" })).toEqual([
      "penicillin",
    ]);
    expect(
      matchingAllergies(["Sulfa drugs"], { name: "Septran", genericName: "Sulfamethoxazole" }),
    ).toEqual(["Sulfa drugs"]);
  });

  it("does not match unrelated allergies, fillers or tiny words", () => {
    expect(matchingAllergies(["Peanuts", "Dust"], { name: "Paracetamol 650 mg" })).toEqual([]);
    expect(matchingAllergies(["drug rash"], { name: "Drug X tablets" })).toEqual([]);
    expect(matchingAllergies(["mg"], { name: "Paracetamol 650 mg" })).toEqual([]);
  });

  it("reads words in any script", () => {
    expect(matchingAllergies(["पेनिसिलिन"], { name: "पेनिसिलिन इंजेक्शन" })).toEqual(["पेनिसिलिन"]);
  });
});

import { describe, expect, it } from "vitest";
import { editDistance, parseSearchText } from "./search-query";

describe("parseSearchText", () => {
  it.each([
    ["heart doctor", ["cardiologist"]],
    ["Cardiologist", ["cardiologist"]],
    ["cardiolgist", ["cardiologist"]],
    ["cardio", ["cardiologist"]],
    ["dil ka doctor", ["cardiologist"]],
    ["हृदय रोग विशेषज्ञ", ["cardiologist"]],
    ["skin", ["dermatologist"]],
    ["बच्चों का डॉक्टर", ["pediatrician"]],
    ["bachchon ka doctor", ["pediatrician"]],
    // बाल is hair alone, children in बाल रोग: the longer phrase wins
    ["बाल", ["dermatologist"]],
    ["बाल रोग विशेषज्ञ", ["pediatrician"]],
    ["आँख", ["ophthalmologist"]],
    ["आंख", ["ophthalmologist"]],
    ["naak kaan gala", ["ent"]],
    ["heart and lungs", ["cardiologist", "pulmonologist"]],
  ])("reads %s as specialties %j", (text, specialties) => {
    expect(parseSearchText(text)).toMatchObject({ specialties, words: [] });
  });

  it("finds the city, in any of its names, and leaves the rest for names and places", () => {
    expect(parseSearchText("Cardiology Pune")).toEqual({
      specialties: ["cardiologist"],
      city: "pune",
      nearMe: false,
      words: [],
    });
    expect(parseSearchText("skin doctor bombay andheri")).toEqual({
      specialties: ["dermatologist"],
      city: "mumbai",
      nearMe: false,
      words: ["andheri"],
      phrase: "andheri",
    });
    expect(parseSearchText("मुंबई").city).toBe("mumbai");
    expect(parseSearchText("banglore").city).toBe("bengaluru");
  });

  it("drops titles and filler words and keeps misspelt names as words", () => {
    expect(parseSearchText("Dr. Patwardan")).toEqual({
      specialties: [],
      nearMe: false,
      words: ["patwardan"],
      phrase: "patwardan",
    });
  });

  it("keeps at most three words, and all of them in the phrase", () => {
    const text = parseSearchText("anil kumar sharma joshi");
    expect(text.words).toEqual(["anil", "kumar", "sharma"]);
    expect(text.phrase).toBe("anil kumar sharma joshi");
  });

  it.each(["near me", "nearby", "mere paas", "मेरे पास", "आस-पास"])("hears %s as near me", (text) => {
    expect(parseSearchText(`dentist ${text}`)).toEqual({
      specialties: ["dentist"],
      nearMe: true,
      words: [],
    });
  });

  it("marks a text without words, so it matches nothing rather than everyone", () => {
    expect(parseSearchText(" % ")).toMatchObject({ words: [], unreadable: true });
    expect(parseSearchText("doctor")).toEqual({ specialties: [], nearMe: false, words: [] });
  });

  it("does not turn short or unrelated names into specialties", () => {
    for (const name of ["Dilip", "Peter", "Joshi", "Sharma", "Priya", "Punit"]) {
      expect(parseSearchText(name)).toMatchObject({ specialties: [], words: [name.toLowerCase()] });
      expect(parseSearchText(name).city).toBeUndefined();
    }
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit and stops past the limit", () => {
    expect(editDistance("cardiolgist", "cardiologist", 2)).toBe(1);
    expect(editDistance("mumbia", "mumbai", 1)).toBe(1);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("sharma", "cardiology", 2)).toBe(3);
  });
});

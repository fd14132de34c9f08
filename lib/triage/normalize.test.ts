import { describe, expect, it } from "vitest";
import {
  durationFromText,
  extractConcepts,
  infantMonthsFromText,
  isKnownSymptom,
  normalizeText,
  sameWord,
  temperatureFromText,
  tokensOf,
} from "./normalize";

const present = (text: string) => [...extractConcepts(text).present].sort();
const negated = (text: string) => [...extractConcepts(text).negated].sort();

describe("normalisation", () => {
  it("lower-cases, joins apostrophes, splits contractions and drops punctuation", () => {
    expect(normalizeText("  CHEST-Pain!!  ")).toBe("chest pain!!");
    expect(normalizeText("He isn't responding")).toBe("he is not responding");
    expect(normalizeText("I can't breathe, I cannot")).toBe("i can not breathe, i can not");
  });

  it("reads Devanagari with or without nukta and chandrabindu, and Devanagari digits", () => {
    expect(tokensOf("ज़हर")).toEqual(tokensOf("जहर"));
    expect(tokensOf("खाँसी")).toEqual(tokensOf("खांसी"));
    expect(normalizeText("१० दिन")).toBe("10 दिन");
  });

  it("folds romanised spellings: doubled letters, filler words", () => {
    expect(tokensOf("bukhaar")).toEqual(tokensOf("bukhar"));
    expect(tokensOf("seene mein dard")).toEqual(tokensOf("sene dard"));
  });
});

describe("concepts from English, Hindi and romanised Hindi", () => {
  it.each([
    ["bukhar", "fever"],
    ["bukhaar", "fever"],
    ["बुखार है", "fever"],
    ["seene mein dard", "chest_pain"],
    ["सीने में दर्द", "chest_pain"],
    ["sans lene mein taklif", "breathlessness"],
    ["सांस लेने में तकलीफ़", "breathlessness"],
    ["chakkar aa rahe hain", "dizziness"],
    ["ulti", "vomiting"],
    ["dast", "diarrhea"],
    ["khansi", "cough"],
    ["pet dard", "abdominal_pain"],
    ["sir dard", "headache"],
    ["khoon beh raha hai", "bleeding"],
    ["behosh ho gaya", "unconscious"],
    ["daura pada", "seizure"],
    ["mirgi", "seizure"],
    ["haath jal gaya", "burn"],
    ["zeher kha liya", "poisoning"],
    ["I have a fever", "fever"],
    ["shortness of breath", "breathlessness"],
    ["my chest hurts", "chest_pain"],
    ["pain in the back of my head", "headache"],
    ["बोलते-बोलते आवाज़ लड़खड़ाने लगी", "slurred_speech"],
    ["my throat feels like it's closing", "throat_swelling"],
  ])("%s -> %s", (text, concept) => {
    expect(present(text)).toContain(concept);
  });

  it("tolerates one typo in a long word", () => {
    expect(present("diarrhoae")).toContain("diarrhea");
    expect(present("vomitting")).toContain("vomiting");
    expect(present("breathlesness")).toContain("breathlessness");
    expect(present("fevre")).toContain("fever");
    expect(present("sweatting a lot")).toContain("sweating");
  });

  it("does not correct short words or everyday words into symptoms", () => {
    expect(present("cooking dinner")).not.toContain("severe_breathlessness");
    expect(present("itchy flaky scalp")).not.toContain("burn");
    expect(sameWord("feet", "fever")).toBe(false);
  });

  it("keeps a longer term over the words inside it", () => {
    expect(present("cold sweat")).toEqual(["sweating"]);
    expect(present("seene mein jalan")).toEqual(["heartburn"]);
  });

  it("reads negation: 'no fever', 'bukhar nahi', 'बुखार नहीं', 'without cough'", () => {
    expect(negated("cough, no fever")).toEqual(["fever"]);
    expect(present("cough, no fever")).toEqual(["cough"]);
    expect(negated("khansi hai, bukhar nahi")).toEqual(["fever"]);
    expect(negated("खांसी है, बुखार नहीं")).toEqual(["fever"]);
    expect(negated("runny nose without cough")).toEqual(["cough"]);
    expect(negated("I don't have a fever")).toEqual(["fever"]);
  });

  it("never lets a loose negation hide a red-flag word", () => {
    // "no" is three words before "sweating": not unambiguous, so sweating stays.
    expect(present("chest pain, no fever or sweating")).toContain("sweating");
    // Right next to it, the negation is clear.
    expect(negated("chest pain no sweating")).toContain("sweating");
    // Stated and denied: stated wins.
    expect(present("sweating. no sweating")).toContain("sweating");
    // A negation inside a term is part of the term, not a denial.
    expect(present("saans nahi aa rahi")).toContain("severe_breathlessness");
    expect(present("he is not responding")).toContain("unconscious");
  });

  it("lists what it cannot place", () => {
    expect(isKnownSymptom("asdfgh")).toBe(false);
    expect(isKnownSymptom("खांसी")).toBe(true);
  });
});

describe("numbers in the text", () => {
  it.each([
    ["cough for 10 days", 10],
    ["2 weeks", 14],
    ["3 din se bukhar", 3],
    ["दो हफ्ते से", 14],
    ["since 3 months", 90],
    ["10 weeks pregnant, feeling sick", null],
    ["6 हफ्ते का बच्चा", null],
  ])("duration of %j is %j days", (text, days) => {
    expect(durationFromText(text)).toBe(days);
  });

  it.each([
    ["my 2 month old", 2],
    ["2 mahine ka baccha", 2],
    ["२ महीने का बच्चा", 2],
    ["newborn", 0.5],
    ["a 4 year old", null],
  ])("an infant's months in %j", (text, months) => {
    expect(infantMonthsFromText(text)).toBe(months);
  });

  it("reads temperatures in Celsius and Fahrenheit, not ages or weeks", () => {
    expect(temperatureFromText("temperature of 38.5")).toBe(38.5);
    expect(temperatureFromText("bukhar 102")).toBeCloseTo(38.9, 1);
    expect(temperatureFromText("103 F")).toBeCloseTo(39.4, 1);
    expect(temperatureFromText("34 weeks pregnant")).toBeNull();
    expect(temperatureFromText("age 38")).toBeNull();
  });
});

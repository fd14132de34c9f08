import { describe, expect, it } from "vitest";
import { findRedFlag, redFlagReason, startCheck } from "./index";
import { redFlagRules } from "./rules/red-flags";
import type { TriageInput } from "./types";

const adult = (text: string, extra: Partial<TriageInput> = {}): TriageInput => ({
  symptoms: [],
  description: text,
  age: 35,
  sex: "male",
  ...extra,
});

/** Each red flag: a case that fires it, and a near miss that must not be an emergency. */
const cases: { rule: string; hit: TriageInput; nearMiss: TriageInput }[] = [
  {
    rule: "rf_heart_attack",
    hit: adult("chest pain and sweating", { age: 52 }),
    nearMiss: adult("chest pain when I press on my ribs, no sweating"),
  },
  {
    rule: "rf_breathing",
    hit: adult("I can't breathe and my lips are turning blue"),
    nearMiss: adult("a bit breathless climbing stairs"),
  },
  {
    rule: "rf_stroke",
    hit: adult("face drooping on one side and slurred speech", { age: 70 }),
    nearMiss: adult("weakness all over after the flu", { age: 70 }),
  },
  {
    rule: "rf_anaphylaxis",
    hit: adult("lips swelling after peanuts and hard to breathe"),
    nearMiss: adult("itchy hives after eating prawns"),
  },
  {
    rule: "rf_suicide",
    hit: adult("I want to end my life"),
    nearMiss: adult("tired of my job and stressed"),
  },
  {
    rule: "rf_infant_fever",
    hit: { symptoms: ["fever"], description: "6 weeks old", age: 0, sex: "female" },
    nearMiss: {
      symptoms: ["fever"],
      description: "8 months old, feeding well",
      age: 0,
      sex: "female",
    },
  },
  {
    rule: "rf_child_danger_signs",
    hit: { symptoms: ["diarrhoea"], description: "not able to drink", age: 2, sex: "male" },
    nearMiss: {
      symptoms: ["diarrhoea"],
      description: "drinking well, playing",
      age: 2,
      sex: "male",
    },
  },
  {
    rule: "rf_pregnancy",
    hit: adult("I am pregnant and bleeding", { sex: "female", age: 28 }),
    nearMiss: adult("not pregnant, light bleeding between periods", { sex: "female", age: 28 }),
  },
  {
    rule: "rf_heavy_bleeding",
    hit: adult("deep cut and the bleeding won't stop"),
    nearMiss: adult("small cut on my finger, the bleeding stopped"),
  },
  {
    rule: "rf_head_injury",
    hit: adult("hit my head and vomited twice"),
    nearMiss: adult("bumped my head on a shelf, feel fine"),
  },
  {
    rule: "rf_trauma",
    hit: adult("fell from the roof"),
    nearMiss: adult("fell on the stairs, bruised knee"),
  },
  {
    rule: "rf_severe_burn",
    hit: adult("chemical burn on my arm"),
    nearMiss: adult("small burn on my finger from the iron"),
  },
  {
    rule: "rf_poisoning",
    hit: adult("my son drank pesticide", { age: 6 }),
    nearMiss: adult("food poisoning since last night"),
  },
  {
    rule: "rf_snake_bite",
    hit: adult("saanp ne kaata"),
    nearMiss: adult("insect bite on my leg, itchy"),
  },
  {
    rule: "rf_scorpion_child",
    hit: { symptoms: ["bichhu ne kaata"], age: 7, sex: "male" },
    nearMiss: adult("scorpion sting on my foot, only pain there"),
  },
  {
    rule: "rf_meningitis",
    hit: adult("fever and a stiff neck"),
    nearMiss: adult("stiff neck from sleeping badly, no fever"),
  },
  {
    rule: "rf_heat_stroke",
    hit: adult("loo lag gayi, behosh ho gaya"),
    nearMiss: adult("worked in the sun, thirsty and tired"),
  },
  {
    rule: "rf_severe_dengue",
    hit: adult("fever, bleeding gums and I fainted"),
    nearMiss: adult("fever with body ache"),
  },
  {
    rule: "rf_sepsis",
    hit: adult("fever and now confused", { age: 80 }),
    nearMiss: adult("fever and chills", { age: 80 }),
  },
  {
    rule: "rf_gi_bleed",
    hit: adult("vomiting blood"),
    nearMiss: adult("vomiting after a heavy meal"),
  },
  {
    rule: "rf_thunderclap_headache",
    hit: adult("worst headache of my life, came on suddenly"),
    nearMiss: adult("mild headache after a long day"),
  },
  {
    rule: "rf_cauda_equina",
    hit: adult("back pain with loss of bladder control"),
    nearMiss: adult("back pain after lifting boxes"),
  },
  {
    rule: "rf_eye_chemical",
    hit: adult("chemical in eye and now I can't see"),
    nearMiss: adult("red itchy eyes"),
  },
  {
    rule: "rf_unconscious_seizure",
    hit: adult("having a seizure"),
    nearMiss: adult("feeling sleepy after lunch"),
  },
  {
    rule: "rf_confusion",
    hit: adult("suddenly confused and not making sense", { age: 75 }),
    nearMiss: adult("I am confused about which doctor to see"),
  },
];

describe("red flags", () => {
  it("has a positive and a near-miss case for every rule", () => {
    expect(cases.map((c) => c.rule).sort()).toEqual(redFlagRules.map((r) => r.id).sort());
  });

  it.each(cases)("$rule fires at once, before any question", ({ rule, hit }) => {
    const result = startCheck(hit, "en");
    expect(result.assessment?.severity).toBe("emergency");
    expect(result.assessment?.ruleIds).toContain(rule);
    expect(result.questions).toEqual([]);
    expect(result.assessment?.emergencyAction).toEqual({
      call: ["108", "112"],
      text: expect.any(String),
    });
  });

  it.each(cases)("$rule does not fire on its near miss", ({ nearMiss }) => {
    const result = startCheck(nearMiss, "en");
    expect(result.assessment?.severity ?? "not emergency").not.toBe("emergency");
  });

  it("every rule names its public source and a reason in both languages", () => {
    for (const rule of redFlagRules) {
      expect(rule.source.length, rule.id).toBeGreaterThan(10);
      expect(rule.reason.en.length).toBeGreaterThan(10);
      expect(rule.reason.hi).toMatch(/[\u0900-\u097f]/);
    }
  });
});

describe("findRedFlag (the coach's guard)", () => {
  it("finds red flags in free text in any of the three ways of writing", () => {
    expect(findRedFlag("I have crushing chest pain and I'm sweating")?.ruleId).toBe(
      "rf_heart_attack",
    );
    expect(findRedFlag("सीने में दर्द और पसीना")?.ruleId).toBe("rf_heart_attack");
    expect(findRedFlag("mujhe marna hai, jeene ki ichha nahi")?.ruleId).toBe("rf_suicide");
  });

  it.each([
    ["I think I'm having a heart attack", "rf_heart_attack"],
    ["dil ka daura pada hai", "rf_heart_attack"],
    ["my father had a stroke just now", "rf_stroke"],
    ["I want to hang myself", "rf_suicide"],
    ["I slit my wrists", "rf_suicide"],
    ["I think I'm having a miscarriage", "rf_pregnancy"],
    ["labour pains started, 38 weeks", "rf_pregnancy"],
    ["my son swallowed a button battery", "rf_poisoning"],
    ["anaphylactic shock after nuts", "rf_anaphylaxis"],
  ])("knows a named emergency: %j", (text, rule) => {
    expect(findRedFlag(text)?.ruleId).toBe(rule);
  });

  it.each([
    "how can I prevent a heart attack?",
    "what are the signs of a stroke",
    "heat stroke prevention tips",
    "is it safe to exercise with back pain",
    "I am stressed about exams",
  ])("does not raise the alarm for a question about health: %j", (text) => {
    expect(findRedFlag(text)).toBeNull();
  });

  it("uses the context for age rules, and stays quiet on ordinary questions", () => {
    expect(findRedFlag("has a fever", { age: 0 })?.ruleId).toBe("rf_infant_fever");
    expect(findRedFlag("has a fever", { age: 6 })).toBeNull();
    expect(findRedFlag("child has a fever", { age: 6 })).toBeNull();
    expect(findRedFlag("what should I eat for a healthy heart?")).toBeNull();
    expect(findRedFlag("how much paracetamol can I take for a headache?")).toBeNull();
  });

  it("reads a message about someone else by what it says, not by the writer's profile", () => {
    // A 30-year-old parent asking about a baby: the baby's fever is the red flag.
    expect(findRedFlag("my baby has a fever", { age: 30, sex: "male" })?.ruleId).toBe(
      "rf_infant_fever",
    );
    expect(findRedFlag("my 10 month old baby has a fever", { age: 30, sex: "female" })).toBeNull();
    // A husband writing about his pregnant wife.
    expect(findRedFlag("my wife is pregnant and bleeding", { age: 32, sex: "male" })?.ruleId).toBe(
      "rf_pregnancy",
    );
    // A toddler who cannot drink is an IMCI danger sign even in a 30-year-old's chat.
    expect(findRedFlag("mera bachcha doodh nahi pi raha", { age: 30 })?.ruleId).toBe(
      "rf_child_danger_signs",
    );
  });

  it("gives the reason in English and, by rule id, in Hindi", () => {
    const hit = findRedFlag("face drooping and slurred speech")!;
    expect(hit.reason).toMatch(/stroke/i);
    expect(redFlagReason(hit.ruleId, "hi")).toMatch(/लकवे/);
    expect(redFlagReason("unknown_rule", "hi")).toMatch(/108/);
  });
});

/**
 * Free-text emergencies in many ways of writing them (found while probing after the vignettes;
 * each one that failed led to a general fix, listed in rules/CHANGELOG.md).
 */
const emergencyPhrasings: [string, number, "male" | "female"][] = [
  ["chest feels heavy and I'm sweating a lot", 55, "male"],
  ["pressure on chest, pain going down left arm", 60, "male"],
  ["chhati mein dabav, pasina", 50, "male"],
  ["सीने में जकड़न और ठंडा पसीना", 58, "male"],
  ["mere papa ka ek hath kaam nahi kar raha, muh tedha", 70, "male"],
  ["अचानक बोल नहीं पा रहे", 65, "female"],
  ["bacche ki saans bahut tez chal rahi hai aur pasliyan andar ja rahi hain", 1, "male"],
  ["hothon ka rang neela", 40, "male"],
  ["she swallowed rat poison", 25, "female"],
  ["usne chuha maar dawai kha li", 30, "male"],
  ["bahut saari neend ki goli kha li", 22, "female"],
  ["khoon ki ulti hui", 45, "male"],
  ["potty kaali aa rahi hai", 50, "male"],
  ["baby 1 month old temperature 38.3", 0, "male"],
  ["मेरा 2 महीने का बच्चा बुखार में है", 0, "female"],
  ["9 mahine pregnant, pani ki thaili phat gayi", 28, "female"],
  ["pregnant, severe headache and seeing spots", 30, "female"],
  ["garbhvati hoon, pet mein bahut tez dard", 25, "female"],
  ["I fell and hit my head, now I keep throwing up", 30, "male"],
  ["bike se gira, sar se khoon, behoshi", 22, "male"],
  ["jal gaya poora haath aur chehra", 35, "female"],
  ["tez bukhar, gardan akad gayi", 19, "male"],
  ["can't wake him up", 70, "male"],
  ["unresponsive after drinking", 30, "male"],
  ["having fits for 10 minutes", 8, "female"],
  ["mujhe jeena nahi hai", 20, "female"],
  ["I want to die", 30, "male"],
  ["I'm going to end it tonight", 30, "male"],
  ["lips and tongue swelling after prawns, throat tight", 30, "female"],
  ["bee sting, can't breathe", 40, "male"],
  ["snakebite on foot", 35, "male"],
  ["saanp ne dasa", 35, "male"],
  ["heatstroke, very hot skin and confused", 60, "male"],
  ["sudden severe headache with vomiting", 45, "female"],
  ["pet phool gaya, ulti mein khoon", 50, "male"],
  ["kamar dard aur peshab par kabu nahi", 45, "male"],
  ["blood gushing from leg wound", 30, "male"],
  ["severe chest pain", 40, "female"],
];

/** Everyday complaints that must not raise the alarm. */
const everydayPhrasings: [string, number, "male" | "female"][] = [
  ["I have a heavy head and a cold", 30, "male"],
  ["tight muscles in my legs after running", 25, "male"],
  ["mild fever and runny nose since yesterday", 28, "female"],
  ["sir mein halka dard, chashma lagta hai", 35, "female"],
  ["pimples on my face", 19, "female"],
  ["sunburn on my face", 24, "male"],
  ["my face is red from the sun", 24, "male"],
  ["dry cough at night, no fever", 40, "male"],
  ["pet mein gas, dakar", 45, "male"],
  ["back pain from sitting at the desk all day", 32, "male"],
  ["khujli wale daane haath par", 27, "female"],
  ["I feel a bit dizzy when I stand up fast", 22, "female"],
  ["period cramps", 21, "female"],
  ["blocked ear after swimming", 30, "male"],
  ["bleeding gums when brushing", 33, "female"],
  ["nose bleed that stopped after 5 minutes", 12, "male"],
  ["toothache and swollen cheek", 28, "male"],
  ["hair fall and dandruff", 26, "female"],
  ["I burned my finger on the stove", 30, "female"],
  ["baby has nappy rash", 0, "female"],
  ["son has a cold and cough, eating and playing well", 4, "male"],
  ["feeling tired after night shifts", 30, "male"],
  ["heavy periods this month", 34, "female"],
  ["acidity and pressure in stomach after eating", 40, "male"],
];

describe("phrasings", () => {
  it.each(emergencyPhrasings)("%j (age %i) is an emergency at once", (text, age, sex) => {
    const r = startCheck({ symptoms: [], description: text, age, sex }, "en");
    expect(r.assessment?.severity).toBe("emergency");
    expect(r.questions).toEqual([]);
  });

  it.each(everydayPhrasings)("%j (age %i) is not an emergency", (text, age, sex) => {
    const r = startCheck({ symptoms: [], description: text, age, sex }, "en");
    expect(r.assessment?.severity ?? "asks questions").not.toBe("emergency");
  });
});

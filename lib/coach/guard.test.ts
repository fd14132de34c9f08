import { describe, expect, it } from "vitest";
import { guardMessage, type GuardFlag } from "./guard";

// The guard's specification: what a person types, and what the coach must do with it.
const table: Array<[text: string, expected: GuardFlag | null]> = [
  // Doses
  ["How many paracetamol tablets can I take?", "dosing"],
  ["how much insulin should i inject before dinner", "dosing"],
  ["What is the right dose of metformin for me?", "dosing"],
  ["Is 650 mg too much?", "dosing"],
  ["How often can I take Dolo in a day?", "dosing"],
  ["Ibuprofen, how many a day is safe?", "dosing"],
  ["bukhar me kitni goli leni chahiye", "dosing"],
  ["crocin kitni leni hai", "dosing"],
  ["बुखार में पैरासिटामोल की खुराक क्या है?", "dosing"],
  ["दिन में कितनी गोली ले सकता हूँ", "dosing"],
  ["khurak batao", "dosing"],
  // Prescriptions
  ["Can you prescribe something for my cough?", "prescription"],
  ["Which antibiotic should I take for a sore throat?", "prescription"],
  ["What medicine should I take for acidity?", "prescription"],
  ["Please suggest a painkiller", "prescription"],
  ["sar dard ke liye dawai likh do", "prescription"],
  ["konsi dawai lu khansi ke liye", "prescription"],
  ["मेरे लिए दवा लिख दीजिए", "prescription"],
  ["खाँसी के लिए कौन सी दवा लूँ?", "prescription"],
  // Diagnoses
  ["Do I have diabetes?", "diagnosis"],
  ["I get headaches every day, what disease do I have?", "diagnosis"],
  ["Diagnose me please", "diagnosis"],
  ["What's wrong with me? I'm always tired", "diagnosis"],
  ["Is it cancer?", "diagnosis"],
  ["mujhe kya bimari hai", "diagnosis"],
  ["mujhe dengue ho gaya hai kya", "diagnosis"],
  ["मुझे क्या बीमारी है?", "diagnosis"],
  ["क्या मुझे शुगर हो गई है?", "diagnosis"],
  // Everyday questions that must pass through to the coach
  ["What is a healthy diet for diabetes?", null],
  ["What should I eat to manage diabetes?", null],
  ["How much water should I drink in a day?", null],
  ["How many hours of sleep do I need?", null],
  ["How many steps a day is good for the heart?", null],
  ["Is dosa good for someone with high sugar?", null],
  ["Do I have to stop eating rice completely?", null],
  ["I keep forgetting to take my medicines, any tips?", null],
  ["How can I manage stress at work?", null],
  ["Tips for a heart-friendly Indian diet", null],
  ["What disease does the Aedes mosquito spread?", null],
  ["मधुमेह में क्या खाना चाहिए?", null],
  ["अच्छी नींद के लिए क्या करें", null],
  ["roz kitna paani peena chahiye", null],
  ["tanav kam kaise kare", null],
];

describe("guardMessage", () => {
  it("has a table of at least 30 cases, positives and negatives", () => {
    expect(table.length).toBeGreaterThanOrEqual(30);
    expect(table.filter(([, flag]) => flag === null).length).toBeGreaterThanOrEqual(10);
  });

  it.each(table)("%j -> %s", (text, expected) => {
    expect(guardMessage(text)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { checkHref, decodeAnswer, encodeAnswer } from "./state";

describe("answers in links", () => {
  it("round-trip, and junk reads as nothing", () => {
    const a = { questionId: "cough_blood", answer: "no" };
    expect(decodeAnswer(encodeAnswer(a))).toEqual(a);
    expect(decodeAnswer("nocolon")).toBeNull();
    expect(decodeAnswer(":x")).toBeNull();
    expect(decodeAnswer("x:")).toBeNull();
    expect(checkHref("id1", [a, { questionId: "q2", answer: "yes" }])).toBe(
      "/symptom-checker/id1?a=cough_blood%3Ano&a=q2%3Ayes",
    );
    expect(checkHref("id1", [])).toBe("/symptom-checker/id1");
  });
});

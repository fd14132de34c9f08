import { describe, expect, it } from "vitest";
import { stateForPincode } from "./pincode";

describe("stateForPincode", () => {
  it.each([
    ["110001", "Delhi"],
    ["400001", "Maharashtra"],
    ["403001", "Goa"],
    ["560001", "Karnataka"],
    ["600001", "Tamil Nadu"],
    ["700001", "West Bengal"],
    ["737101", "Sikkim"],
    ["781001", "Assam"],
    ["834001", "Jharkhand"],
    ["800001", "Bihar"],
    ["248001", "Uttarakhand"],
    ["226001", "Uttar Pradesh"],
    ["500001", "Telangana"],
  ])("%s is in %s", (pin, state) => {
    expect(stateForPincode(pin)).toBe(state);
  });

  it("leaves ambiguous circles and non-PINs to the person", () => {
    for (const pin of [
      "244001",
      "160017",
      "396210",
      "605001",
      "012345",
      "99999",
      "1100011",
      "abcdef",
    ]) {
      expect(stateForPincode(pin), pin).toBeNull();
    }
  });
});

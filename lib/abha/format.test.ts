import { describe, expect, it } from "vitest";
import { formatAbhaNumber, normaliseAbhaAddress, normaliseAbhaNumber } from "./format";
import { linkAbhaSchema } from "./schemas";

describe("ABHA number", () => {
  it.each(["91-2345-6789-0123", "91 2345 6789 0123", "91234567890123", " 91-2345 6789-0123 "])(
    "normalises %j to 14 digits",
    (input) => {
      expect(normaliseAbhaNumber(input)).toBe("91234567890123");
    },
  );

  it.each(["9123456789012", "912345678901234", "91-2345-6789-012a", "", "+91234567890123"])(
    "refuses %j",
    (input) => {
      expect(normaliseAbhaNumber(input)).toBeNull();
    },
  );

  it("is displayed XX-XXXX-XXXX-XXXX", () => {
    expect(formatAbhaNumber("91234567890123")).toBe("91-2345-6789-0123");
  });
});

describe("ABHA address", () => {
  it.each([
    ["Ravi.Kumar@ABDM", "ravi.kumar@abdm"],
    ["priya_s1990@sbx", "priya_s1990@sbx"],
    ["91234567890123@abdm", "91234567890123@abdm"],
  ])("accepts %j as %j", (input, out) => {
    expect(normaliseAbhaAddress(input)).toBe(out);
  });

  it.each([
    "ravi@gmail.com",
    "ab@abdm",
    ".ravikumar@abdm",
    "ravi..kumar@abdm",
    "ravikumar.@abdm",
    "ravi kumar@abdm",
    "ravikumar@abdm.in",
    "@abdm",
  ])("refuses %j", (input) => {
    expect(normaliseAbhaAddress(input)).toBeNull();
  });
});

describe("linkAbhaSchema", () => {
  it("needs a number or an address", () => {
    const result = linkAbhaSchema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["abhaNumber"]);
  });

  it("explains a bad number on its path", () => {
    const result = linkAbhaSchema.safeParse({ abhaNumber: "12345" });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["abhaNumber"],
      message: expect.stringMatching(/14 digits/),
    });
  });
});

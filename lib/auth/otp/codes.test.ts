import { describe, expect, it } from "vitest";
import { hashOtpCode, newOtpCode, otpCodeMatches } from "./codes";

describe("one-time codes", () => {
  it("are six digits, leading zeros kept", () => {
    const codes = Array.from({ length: 200 }, newOtpCode);
    for (const code of codes) expect(code).toMatch(/^[0-9]{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it("are stored as a keyed hash bound to the number and the purpose", () => {
    const hash = hashOtpCode("+919876543210", "sign_in", "004217");
    expect(hash).not.toContain("004217");
    expect(otpCodeMatches(hash, "+919876543210", "sign_in", "004217")).toBe(true);
    expect(otpCodeMatches(hash, "+919876543210", "sign_in", "004218")).toBe(false);
    expect(otpCodeMatches(hash, "+919876543211", "sign_in", "004217")).toBe(false);
    expect(otpCodeMatches(hash, "+919876543210", "verify_phone", "004217")).toBe(false);
  });
});

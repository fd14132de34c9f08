import { describe, expect, it } from "vitest";
import { indianMobileSchema, passwordSchema, registerSchema } from "./schemas";

describe("password policy", () => {
  it.each(["Swasth@2026", "abcdefg1", "ABCDEFGH!"])("accepts %j", (p) => {
    expect(passwordSchema.safeParse(p).success).toBe(true);
  });
  it.each(["short1A", "abcdefgh", "12345678", "x".repeat(129)])("rejects %j", (p) => {
    expect(passwordSchema.safeParse(p).success).toBe(false);
  });
});

describe("register input", () => {
  it("normalises email and phone", () => {
    const r = registerSchema.parse({
      email: "  Asha@Example.COM ",
      password: "Swasth@2026",
      fullName: " Asha ",
      phone: "098765 43210",
    });
    expect(r).toEqual({
      email: "asha@example.com",
      password: "Swasth@2026",
      fullName: "Asha",
      phone: "+919876543210",
    });
  });
  it("rejects a landline-like number", () => {
    expect(indianMobileSchema.safeParse("0201234567").success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { normaliseIndianMobile } from "@/lib/validation/fields";
import { updateUserSchema, userIdOrMeSchema } from "./schemas";

describe("normaliseIndianMobile", () => {
  it.each([
    "9876543210",
    "+91 98765 43210",
    "+91-98765-43210",
    "098765 43210",
    "91 9876543210",
    "(+91) 98765-43210",
  ])("normalises %j", (input) => {
    expect(normaliseIndianMobile(input)).toBe("+919876543210");
  });

  it.each(["5876543210", "98765432", "+1 9876543210", "98765432101", "phone"])(
    "refuses %j",
    (input) => {
      expect(normaliseIndianMobile(input)).toBeNull();
    },
  );
});

describe("updateUserSchema", () => {
  it("trims the name and normalises the phone", () => {
    expect(updateUserSchema.parse({ fullName: "  Asha Verma ", phone: "98765 43210" })).toEqual({
      fullName: "Asha Verma",
      phone: "+919876543210",
    });
  });

  it("clears optional fields with null or an empty string", () => {
    expect(updateUserSchema.parse({ phone: "", city: null, gender: "", dateOfBirth: "" })).toEqual({
      phone: null,
      city: null,
      gender: null,
      dateOfBirth: null,
    });
  });

  it("reports each bad field on its path", () => {
    const result = updateUserSchema.safeParse({
      fullName: " ",
      phone: "123",
      locale: "fr",
      gender: "x",
      city: "Pune\u0000",
      dateOfBirth: "tomorrow",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual([
      "city",
      "dateOfBirth",
      "fullName",
      "gender",
      "locale",
      "phone",
    ]);
  });

  it("refuses names over 100 characters", () => {
    expect(updateUserSchema.safeParse({ fullName: "a".repeat(101) }).success).toBe(false);
  });
});

describe("userIdOrMeSchema", () => {
  it("takes me or a UUID", () => {
    expect(userIdOrMeSchema.safeParse("me").success).toBe(true);
    expect(userIdOrMeSchema.safeParse("6f1c2b1e-8d7a-4b7e-9a55-0d8f2a1b3c4d").success).toBe(true);
    expect(userIdOrMeSchema.safeParse("12").success).toBe(false);
  });
});

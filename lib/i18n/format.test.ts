import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatInr,
  formatNumber,
  formatPhone,
  formatRating,
} from "./format";

describe("formatInr", () => {
  it.each([
    ["499.00", "₹499"],
    ["1250.5", "₹1,250.50"],
    ["1250.50", "₹1,250.50"],
    [100000, "₹1,00,000"],
    ["0.10", "₹0.10"],
  ])("%s -> %s (Indian grouping, paise only when there are any)", (amount, shown) => {
    expect(formatInr(amount, "en")).toBe(shown);
    expect(formatInr(amount, "hi")).toBe(shown);
  });

  it("keeps a decimal string exact where a float would round", () => {
    expect(formatInr("12345678901234.55")).toBe("₹1,23,45,67,89,01,234.55");
  });
});

describe("formatNumber and formatRating", () => {
  it("groups the Indian way in both locales", () => {
    expect(formatNumber(1234567, "en")).toBe("12,34,567");
    expect(formatNumber(1234567, "hi")).toBe("12,34,567");
  });

  it("fixes the decimals when asked", () => {
    expect(formatNumber(22.456, "en", 1)).toBe("22.5");
    expect(formatRating(4, "en")).toBe("4.0");
    expect(formatRating(4.25, "hi")).toBe("4.3");
  });
});

describe("formatDate and formatDateTime", () => {
  // 20:00 UTC on 11 March is already 12 March in India.
  const instant = "2026-03-11T20:00:00.000Z";

  it("shows the day in India, in each locale's words", () => {
    expect(formatDate(instant, "en")).toBe("12 Mar 2026");
    expect(formatDate(instant, "en", "long")).toBe("12 March 2026");
    expect(formatDate(instant, "hi", "long")).toBe("12 मार्च 2026");
  });

  it("adds the time in India", () => {
    expect(formatDateTime(instant, "en")).toBe("12 Mar 2026, 1:30 am");
    expect(formatDateTime(instant, "hi")).toMatch(/^12 मार्च? 2026, 1:30 am$/);
  });
});

describe("formatPhone", () => {
  it("groups an Indian number as +91 XXXXX XXXXX", () => {
    expect(formatPhone("+919876543210")).toBe("+91 98765 43210");
  });

  it.each(["108", "1800 123 742", "+14155550123", "+91987654321"])(
    "leaves %s as it is",
    (phone) => {
      expect(formatPhone(phone)).toBe(phone);
    },
  );
});

import { describe, expect, it } from "vitest";
import { addressLine, rupees, shortNumber } from "./order-format";

describe("order formatting", () => {
  it("writes rupees with Indian grouping, and paise only when there are any", () => {
    expect(rupees("40.00")).toBe("₹40");
    expect(rupees("1234.50")).toBe("₹1,234.50");
    expect(rupees("1234567.05")).toBe("₹12,34,567.05");
  });

  it("shortens the order number and prints an address on one line", () => {
    expect(shortNumber("MO-2026-000123")).toBe("#000123");
    expect(
      addressLine({
        name: "Asha",
        line1: "12 MG Road",
        line2: null,
        city: "Pune",
        state: "Maharashtra",
        pincode: "411001",
      }),
    ).toBe("Asha, 12 MG Road, Pune, Maharashtra 411001");
  });
});

import { describe, expect, it } from "vitest";
import { discountPercent, fromPaise, lineTotal, money, toPaise } from "./index";

describe("money", () => {
  it("adds what floats get wrong", () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004
    expect(fromPaise(toPaise("0.10") + toPaise("0.20"))).toBe("0.30");
    expect(fromPaise(lineTotal("19.99", 3))).toBe("59.97");
  });

  it("normalises and refuses what is not a rupee amount", () => {
    expect(money("45.5")).toBe("45.50");
    expect(money("7")).toBe("7.00");
    for (const bad of ["-1.00", "1e3", "1.005", "", "abc", "1.2.3"]) {
      expect(() => toPaise(bad), bad).toThrow(RangeError);
    }
    expect(() => fromPaise(1.5)).toThrow(RangeError);
  });

  it("never overstates a discount", () => {
    expect(discountPercent("66.00", "100.00")).toBe(34);
    expect(discountPercent("66.67", "100.00")).toBe(33);
    expect(discountPercent("100.00", "100.00")).toBe(0);
    expect(discountPercent("0.00", "0.00")).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { refundPaise, refundShare } from "./policy";

const start = new Date("2026-12-10T10:00:00Z");
const before = (minutes: number) => new Date(start.getTime() - minutes * 60_000);

describe("refund policy", () => {
  it.each([
    ["a medicine order before dispatch", { purpose: "medicine_order" as const }, 100, "full"],
    ["a lab booking before collection", { purpose: "lab_booking" as const }, 100, "full"],
    ["a consultation 1 day ahead", { purpose: "appointment" as const, at: 24 * 60 }, 100, "full"],
    ["a consultation exactly 4 h ahead", { purpose: "appointment" as const, at: 240 }, 100, "full"],
    [
      "a consultation 3 h 59 min ahead",
      { purpose: "appointment" as const, at: 239 },
      50,
      "partial",
    ],
    ["a consultation 1 min ahead", { purpose: "appointment" as const, at: 1 }, 50, "partial"],
    ["a consultation at its start", { purpose: "appointment" as const, at: 0 }, 0, "no_refund"],
    [
      "a consultation after its start",
      { purpose: "appointment" as const, at: -30 },
      0,
      "no_refund",
    ],
    [
      "a consultation the doctor cancels 10 min ahead",
      { purpose: "appointment" as const, at: 10, byDoctor: true },
      100,
      "full",
    ],
  ])("%s refunds %i%%", (_name, f, percent, kind) => {
    const facts =
      "at" in f
        ? {
            purpose: f.purpose,
            cancelledAt: before(f.at),
            startsAt: start,
            byDoctor: "byDoctor" in f && f.byDoctor,
          }
        : { purpose: f.purpose, cancelledAt: start };
    expect(refundShare(facts)).toEqual({ percent, kind });
  });

  it("rounds a half refund down to the paisa and never refunds more than was paid", () => {
    expect(refundPaise(49_999, 50)).toBe(24_999);
    expect(refundPaise(50_000, 50)).toBe(25_000);
    expect(refundPaise(50_000, 100)).toBe(50_000);
    expect(refundPaise(50_000, 0)).toBe(0);
  });
});

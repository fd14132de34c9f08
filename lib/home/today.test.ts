import { describe, expect, it } from "vitest";
import { dayPartAt, firstNameOf, TIP_COUNT, tipIndexAt } from "./today";

describe("dayPartAt", () => {
  it.each([
    ["2026-12-06T00:29:00Z", "morning"], // 05:59 IST
    ["2026-12-06T06:29:00Z", "morning"], // 11:59 IST
    ["2026-12-06T06:30:00Z", "afternoon"], // 12:00 IST
    ["2026-12-06T11:29:00Z", "afternoon"], // 16:59 IST
    ["2026-12-06T11:30:00Z", "evening"], // 17:00 IST
    ["2026-12-06T18:29:00Z", "evening"], // 23:59 IST
    ["2026-12-06T18:30:00Z", "morning"], // 00:00 IST the next day
  ])("at %s it is %s in India", (iso, part) => {
    expect(dayPartAt(new Date(iso))).toBe(part);
  });
});

describe("tipIndexAt", () => {
  it("keeps one tip for a whole Indian day and moves on at IST midnight", () => {
    const morning = tipIndexAt(new Date("2026-12-06T00:30:00Z"));
    expect(tipIndexAt(new Date("2026-12-06T18:29:00Z"))).toBe(morning);
    expect(tipIndexAt(new Date("2026-12-06T18:30:00Z"))).toBe((morning + 1) % TIP_COUNT);
  });

  it("cycles through every tip", () => {
    const seen = new Set<number>();
    for (let day = 0; day < TIP_COUNT; day++) {
      seen.add(tipIndexAt(new Date(Date.UTC(2026, 0, 1 + day, 6))));
    }
    expect(seen.size).toBe(TIP_COUNT);
  });
});

describe("firstNameOf", () => {
  it("takes the first word", () => {
    expect(firstNameOf("  Asha  Rao ")).toBe("Asha");
    expect(firstNameOf("Ravi")).toBe("Ravi");
  });
});

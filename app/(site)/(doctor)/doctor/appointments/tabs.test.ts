import { describe, expect, it } from "vitest";
import { hrefOf, queryOf, readFilter } from "./tabs";

describe("the doctor's appointment tabs", () => {
  const today = "2026-12-05";

  it("narrows each tab by the date filter, never widening it", () => {
    expect(queryOf("requests", today, {})).toMatchObject({
      as: "doctor",
      status: "pending",
      when: "upcoming",
      order: "asc",
    });
    expect(queryOf("today", today, { from: "2026-12-01", to: "2026-12-31" })).toMatchObject({
      from: today,
      to: today,
    });
    expect(queryOf("upcoming", today, { to: "2026-12-10" })).toMatchObject({
      from: "2026-12-06",
      to: "2026-12-10",
      status: "confirmed",
    });
    expect(queryOf("history", today, { from: "2026-11-01" })).toMatchObject({
      from: "2026-11-01",
      to: "2026-12-04",
      order: "desc",
    });
  });

  it("reads the filter from the URL with field errors, and writes links that keep it", () => {
    expect(readFilter({ from: "2026-12-01", to: "nope" })).toEqual({
      from: "2026-12-01",
      errors: { to: "invalid" },
    });
    expect(readFilter({ from: "2026-12-09", to: "2026-12-01" })).toEqual({
      from: "2026-12-09",
      errors: { to: "order" },
    });
    expect(hrefOf("history", { from: "2026-12-01" }, 2)).toBe(
      "/doctor/appointments?tab=history&from=2026-12-01&page=2",
    );
  });
});

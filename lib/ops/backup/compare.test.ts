import { describe, expect, it } from "vitest";
import { compareSnapshots, formatComparison, type DatabaseSnapshot } from "./compare";

const backup: DatabaseSnapshot = {
  tables: { users: 114, appointments: 674, "drizzle.__drizzle_migrations": 15 },
  appointmentsChecksum: "c0c189d329ffa9eeb93d6c3226398845",
};

const copy = (changes: Partial<DatabaseSnapshot> = {}): DatabaseSnapshot => ({
  tables: { ...backup.tables, ...changes.tables },
  appointmentsChecksum:
    "appointmentsChecksum" in changes ? changes.appointmentsChecksum! : backup.appointmentsChecksum,
});

describe("compareSnapshots", () => {
  it("passes an exact copy and says so", () => {
    const result = compareSnapshots(backup, copy());
    expect(result.ok).toBe(true);
    expect(formatComparison(result)).toContain("all 3 tables and the appointments checksum match");
  });

  it("fails when one table lost a row", () => {
    const result = compareSnapshots(backup, copy({ tables: { appointments: 673 } }));
    expect(result.ok).toBe(false);
    expect(result.rows.filter((r) => !r.ok)).toEqual([
      { name: "appointments", expected: "674", actual: "673", ok: false },
    ]);
    expect(formatComparison(result)).toMatch(/appointments\s+674\s+673\s+MISMATCH/);
  });

  it("fails when the counts agree but an appointment changed", () => {
    const result = compareSnapshots(backup, copy({ appointmentsChecksum: "0".repeat(32) }));
    expect(result.ok).toBe(false);
    expect(result.rows.filter((r) => !r.ok).map((r) => r.name)).toEqual([
      "appointments checksum (md5)",
    ]);
    expect(formatComparison(result)).toContain("1 mismatch");
  });

  it("fails on a table only one side has", () => {
    const missing = copy();
    delete missing.tables.users;
    const extra = copy({ tables: { leftover: 0 } });
    expect(compareSnapshots(backup, missing).rows.find((r) => r.name === "users")).toMatchObject({
      actual: "(missing)",
      ok: false,
    });
    expect(compareSnapshots(backup, extra).rows.find((r) => r.name === "leftover")).toMatchObject({
      expected: "(missing)",
      ok: false,
    });
  });

  it("never passes a backup without an appointments checksum", () => {
    const none = copy({ appointmentsChecksum: null });
    expect(compareSnapshots(none, none).ok).toBe(false);
  });

  it("lists public tables first, then drizzle's journal", () => {
    const names = compareSnapshots(backup, copy()).rows.map((r) => r.name);
    expect(names).toEqual([
      "appointments",
      "users",
      "drizzle.__drizzle_migrations",
      "appointments checksum (md5)",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { labTestIssues, medicineIssues } from "./policy";
import { describeChanges } from "./service/changes";

const otc = { price: "30.00", mrp: "35.50", schedule: "otc", prescriptionRequired: false };

describe("medicineIssues", () => {
  it("passes a price equal to the MRP and a prescription-only Schedule H medicine", () => {
    expect(medicineIssues({ ...otc, price: "35.50" })).toEqual([]);
    expect(medicineIssues({ ...otc, schedule: "h", prescriptionRequired: true })).toEqual([]);
  });

  it("compares in paise, not floats: one paisa over the MRP is refused at price", () => {
    expect(medicineIssues({ ...otc, price: "35.51" }).map((i) => i.path)).toEqual(["price"]);
  });

  it.each(["h", "h1", "x"])("asks for prescriptionRequired on Schedule %s", (schedule) => {
    expect(medicineIssues({ ...otc, schedule }).map((i) => i.path)).toEqual([
      "prescriptionRequired",
    ]);
  });
});

describe("labTestIssues", () => {
  const single = {
    price: "499.00",
    mrp: "800.00",
    isPackage: false,
    fastingRequired: false,
    fastingHours: null,
    packageTestCount: 0,
  };
  it("wants fasting hours with fasting, and contents exactly for a package", () => {
    expect(labTestIssues(single)).toEqual([]);
    expect(labTestIssues({ ...single, fastingRequired: true }).map((i) => i.path)).toEqual([
      "fastingHours",
    ]);
    expect(labTestIssues({ ...single, isPackage: true }).map((i) => i.path)).toEqual([
      "packageTestIds",
    ]);
    expect(labTestIssues({ ...single, packageTestCount: 2 }).map((i) => i.path)).toEqual([
      "packageTestIds",
    ]);
  });
});

describe("describeChanges", () => {
  it("lists what changed, short values old -> new, long text by name", () => {
    const before = { price: "30.00", description: "old", name: "Calpol", isActive: true };
    const after = { price: "20.00", description: "x".repeat(40), name: "Calpol", isActive: false };
    expect(describeChanges(before, after)).toBe(
      "price 30.00 -> 20.00; description; isActive true -> false",
    );
    expect(describeChanges(before, { name: "Calpol" })).toBeNull();
  });
});

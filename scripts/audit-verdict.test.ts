import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditVerdict } from "./audit-verdict";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "audit-fixtures", name), "utf8");

describe("the production audit step", () => {
  it("fails on a high advisory and names the package", () => {
    const verdict = auditVerdict(fixture("high.json"));
    expect(verdict).toMatchObject({ kind: "fail", blocking: ["next (high, >=16.0.0 <16.4.7)"] });
  });

  it("fails on a critical advisory", () => {
    const report = JSON.parse(fixture("low-only.json"));
    report.vulnerabilities.cookie.severity = "critical";
    expect(auditVerdict(JSON.stringify(report)).kind).toBe("fail");
  });

  it("passes with low (or moderate) advisories only, and with none", () => {
    expect(auditVerdict(fixture("low-only.json"))).toMatchObject({ kind: "pass" });
    expect(auditVerdict(fixture("clean.json"))).toMatchObject({ kind: "pass" });
  });

  it("reports the recorded 405 of the advisory service as unchecked, not as a failure", () => {
    const verdict = auditVerdict(fixture("unreachable-405.json"));
    expect(verdict).toEqual({
      kind: "unchecked",
      reason: expect.stringContaining("405 Method Not Allowed"),
    });
  });

  it("reports output that is not JSON as unchecked", () => {
    expect(auditVerdict("").kind).toBe("unchecked");
    expect(auditVerdict("npm error network").kind).toBe("unchecked");
  });
});

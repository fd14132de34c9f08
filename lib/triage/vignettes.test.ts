import { describe, expect, it } from "vitest";
import { RULES_VERSION } from "./index";
import { vignetteSets, vignettes } from "./vignettes";
import { firstRuns } from "./vignettes/first-runs";
import { formatReport, runSuite } from "./vignettes/run";

/**
 * The vignette suite, run the way the symptom checker page runs a check. CI fails below 100%
 * emergency recall (emergency from startCheck itself, no question first) or 85% severity accuracy.
 * The printed report is what the closing note quotes; `npm run triage:report` writes it to REPORT.md.
 */
describe("triage vignettes", () => {
  const all = runSuite(vignettes);

  it("prints the figures and the confusion table", () => {
    console.log(formatReport(vignetteSets, RULES_VERSION));
    expect(all.total).toBe(vignettes.length);
  });

  it("is a real test set: at least 80 cases, 25 in Hindi, every severity and group", () => {
    expect(vignettes.length).toBeGreaterThanOrEqual(80);
    expect(vignettes.filter((v) => v.locale === "hi").length).toBeGreaterThanOrEqual(25);
    for (const severity of ["emergency", "urgent", "see_doctor", "self_care"] as const) {
      expect(
        vignettes.filter((v) => v.expected.severity === severity).length,
      ).toBeGreaterThanOrEqual(15);
    }
    for (const group of ["adult", "child", "pregnancy", "elderly"] as const) {
      expect(vignettes.filter((v) => v.group === group).length).toBeGreaterThanOrEqual(8);
    }
    expect(new Set(vignettes.map((v) => v.id)).size).toBe(vignettes.length);
    for (const v of vignettes) expect(v.source.length).toBeGreaterThan(5);
  });

  it("sends every emergency vignette to emergency at once, with no question asked first", () => {
    const missed = all.results
      .filter((r) => r.vignette.expected.severity === "emergency")
      .filter((r) => !(r.immediate && r.severity === "emergency"))
      .map((r) => `${r.vignette.id}: got ${r.severity} after ${r.asked.length} question(s)`);
    expect(missed).toEqual([]);
    expect(all.emergencyRecallImmediate).toBe(1);
  });

  it("gets the severity right in at least 85% of all vignettes", () => {
    expect(all.overallAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it("keeps every set's first-run figures (the honest measure on unseen cases)", () => {
    expect(firstRuns.map((f) => f.set).sort()).toEqual(Object.keys(vignetteSets).sort());
    for (const f of firstRuns) {
      expect(f.vignettes).toBe(vignetteSets[f.set].length);
    }
  });

  it("never sends an emergency or urgent case home to self-care", () => {
    const dangerous = all.results.filter(
      (r) =>
        (r.vignette.expected.severity === "emergency" ||
          r.vignette.expected.severity === "urgent") &&
        r.severity === "self_care",
    );
    expect(dangerous.map((r) => r.vignette.id)).toEqual([]);
  });

  it("gives the same result on every run (deterministic)", () => {
    const again = runSuite(vignettes);
    expect(again.results.map((r) => [r.severity, r.specialty, r.asked.join()])).toEqual(
      all.results.map((r) => [r.severity, r.specialty, r.asked.join()]),
    );
  });
});

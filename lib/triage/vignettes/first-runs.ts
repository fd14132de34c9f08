/**
 * Each vignette set's figures on its first run, before the rules were changed with it in view.
 * These are the honest measure of how the engine does on cases it has not seen; REPORT.md prints
 * them next to today's figures. Never edit a row after the fact.
 */
export const firstRuns = [
  {
    set: "development",
    rulesVersion: "2026.12.1",
    vignettes: 117,
    emergencyRecall: "92.5% (37/40)",
    severityAccuracy: "68.4%",
    specialtyAccuracy: "54.7%",
    underTriaged: 15,
  },
  {
    set: "heldOut",
    rulesVersion: "2026.12.2",
    vignettes: 38,
    emergencyRecall: "71.4% (10/14)",
    severityAccuracy: "84.2%",
    specialtyAccuracy: "86.8%",
    underTriaged: 5,
  },
  {
    set: "blind",
    rulesVersion: "2026.12.3",
    vignettes: 33,
    emergencyRecall: "100.0% (12/12)",
    severityAccuracy: "97.0%",
    specialtyAccuracy: "97.0%",
    underTriaged: 0,
  },
  {
    set: "blind2",
    rulesVersion: "2026.12.8",
    vignettes: 26,
    emergencyRecall: "100.0% (8/8)",
    severityAccuracy: "65.4%",
    specialtyAccuracy: "65.4%",
    underTriaged: 4,
  },
] as const;

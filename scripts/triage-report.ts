/**
 * Writes lib/triage/vignettes/REPORT.md: emergency recall, severity and specialty accuracy and the
 * confusion table of the triage engine over every vignette set. `npm run triage:report`.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as prettier from "prettier";
import { RULES_VERSION } from "@/lib/triage";
import { vignetteSets } from "@/lib/triage/vignettes";
import { formatReport } from "@/lib/triage/vignettes/run";

const target = path.join(import.meta.dirname, "..", "lib", "triage", "vignettes", "REPORT.md");
const options = (await prettier.resolveConfig(target)) ?? {};
const report = await prettier.format(formatReport(vignetteSets, RULES_VERSION), {
  ...options,
  parser: "markdown",
});
writeFileSync(target, report);
process.stdout.write(report);

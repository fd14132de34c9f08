/**
 * Writes lib/triage/vignettes/REPORT.md: emergency recall, severity and specialty accuracy and the
 * confusion table of the triage engine over every vignette set. `npm run triage:report`.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { RULES_VERSION } from "@/lib/triage";
import { vignetteSets } from "@/lib/triage/vignettes";
import { formatReport } from "@/lib/triage/vignettes/run";

const report = formatReport(vignetteSets, RULES_VERSION);
const target = path.join(import.meta.dirname, "..", "lib", "triage", "vignettes", "REPORT.md");
writeFileSync(target, report);
process.stdout.write(report);

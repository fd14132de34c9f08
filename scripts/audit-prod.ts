/**
 * CI step: fails (exit 1) on any high or critical advisory in the production dependencies.
 * If the advisory service cannot be reached (a registry mirror that refuses the bulk audit
 * endpoint answers 405), it says so loudly and passes: nothing was found, but nothing was checked.
 */
import { spawnSync } from "node:child_process";
import { auditVerdict } from "./audit-verdict";

// npm audit exits 1 whenever it finds anything (or fails); the JSON decides, not the exit code.
const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
const verdict = auditVerdict(run.stdout ?? "");

if (verdict.kind === "unchecked") {
  const line = "!".repeat(78);
  console.warn(
    [
      line,
      "!!! AUDIT NOT DONE: the npm advisory service could not be reached.",
      `!!! ${verdict.reason}`,
      "!!! The production dependencies were NOT checked for known advisories in this run.",
      "!!! Run `npm audit --omit=dev` where registry.npmjs.org is reachable before releasing.",
      line,
    ].join("\n"),
  );
} else {
  const counts = Object.entries(verdict.counts)
    .map(([severity, n]) => `${severity} ${n}`)
    .join(", ");
  console.log(`npm audit (production dependencies): ${counts}`);
  if (verdict.kind === "fail") {
    console.error(`High or critical advisories:\n  ${verdict.blocking.join("\n  ")}`);
    process.exit(1);
  }
}

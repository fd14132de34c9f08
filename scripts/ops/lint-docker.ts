/**
 * CI step "deploy files lint": `npx tsx scripts/ops/lint-docker.ts [Dockerfile] [compose file]`.
 * Fails (exit 1) on any error or warning in either file, one "file:line: message" per problem.
 */
import { readFileSync } from "node:fs";
import { lintCompose, lintDockerfile } from "./lint-docker-files";

const [dockerfile = "Dockerfile", composeFile = "docker-compose.yml"] = process.argv.slice(2);

function read(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    console.error(`lint-docker: cannot read ${file}`);
    process.exit(1);
  }
}

const problems = [
  ...lintDockerfile(read(dockerfile), dockerfile),
  ...lintCompose(read(composeFile), composeFile),
];
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`\ndeploy files lint: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`deploy files lint ok: ${dockerfile}, ${composeFile} (compose specification schema)`);

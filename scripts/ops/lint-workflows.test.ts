import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

const madeDirs: string[] = [];
function madeDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}
afterAll(() => madeDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function lintWorkflows(dir?: string) {
  return spawnSync("npx", ["tsx", "scripts/ops/lint-workflows.ts", ...(dir ? [dir] : [])], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
}

function workflowDir(files: Record<string, string>): string {
  const dir = madeDir("workflows-");
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const job = (lines: string) => `name: t
on: push
jobs:
  build:
${lines}
`;

describe("scripts/ops/lint-workflows.ts", () => {
  it("passes the repository's own workflows", () => {
    const run = lintWorkflows();
    expect(run.stdout + run.stderr).toContain(
      "2 workflow file(s) clean (.github/workflows/deploy.yml, .github/workflows/test.yml)",
    );
    expect(run.status).toBe(0);
  }, 60_000);

  it("fails on a misspelt key and a bad expression, naming file, line and column", () => {
    const dir = workflowDir({
      "ok.yml": job("    runs-on: ubuntu-latest\n    steps:\n      - run: echo fine"),
      "typo.yml": job("    runson: ubuntu-latest\n    steps:\n      - run: echo hi"),
      "expression.yaml": job(
        "    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event_nam }}",
      ),
    });
    const run = lintWorkflows(dir);
    expect(run.status).toBe(1);
    const shown = path.relative(root, dir);
    expect(run.stdout).toContain(`${shown}/typo.yml:5:5: unexpected key "runson" for "job"`);
    expect(run.stdout).toContain(`${shown}/expression.yaml:7:`);
    expect(run.stdout).toMatch(/expression\.yaml:7:\d+: property "event_nam" is not defined/);
    expect(run.stdout).not.toContain("ok.yml");
    expect(run.stderr).toContain("finding(s) in 3 workflow file(s)");
  }, 60_000);

  it("fails when there is no workflow to check", () => {
    const run = lintWorkflows(workflowDir({ "README.md": "no workflows here" }));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("no workflow files");
  }, 60_000);
});

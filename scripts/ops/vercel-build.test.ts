import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/** Runs a script with only the variables given (plus PATH and HOME), as on a clean build box. */
function run(script: string, env: Record<string, string>, args: string[] = []) {
  return spawnSync("bash", [path.join(root, script), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    env: { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
}

// Nothing listens on port 9: a migration attempt fails at once, naming the address it tried.
const unreachable = (db: string) => `postgres://nobody@127.0.0.1:9/${db}`;

describe("vercel.json", () => {
  it("builds through scripts/vercel-build.sh, which exists", () => {
    const config = JSON.parse(readFileSync(path.join(root, "vercel.json"), "utf8")) as {
      buildCommand: string;
    };
    expect(config.buildCommand).toBe("bash scripts/vercel-build.sh");
    expect(existsSync(path.join(root, "scripts/vercel-build.sh"))).toBe(true);
  });
});

describe("scripts/vercel-build.sh on Vercel", () => {
  it.each([
    ["no DATABASE_URL", {}],
    ["an embedded one", { DATABASE_URL: "pglite://.data/pglite" }],
  ])("refuses to build with %s, saying to add Postgres", (_, env) => {
    const build = run("scripts/vercel-build.sh", { VERCEL: "1", ...env });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain("DATABASE_URL is not a PostgreSQL URL");
    expect(build.stderr).toContain("Neon");
    expect(build.stdout).not.toContain("migrat");
  });

  it("migrates before it builds, and a failed migration stops the build", () => {
    const build = run("scripts/vercel-build.sh", { VERCEL: "1", DATABASE_URL: unreachable("a") });
    expect(build.status).toBe(1);
    expect(build.stdout).toContain("applying migrations over DATABASE_URL");
    expect(build.stderr).toContain("migration failed: connect ECONNREFUSED 127.0.0.1:9");
    expect(build.stdout + build.stderr).not.toMatch(/next build|Creating an optimized/);
  }, 30_000);
});

describe("scripts/ops/migrate-release.sh", () => {
  it("refuses without a PostgreSQL URL", () => {
    const release = run("scripts/ops/migrate-release.sh", { DATABASE_URL: "pglite://memory" });
    expect(release.status).toBe(1);
    expect(release.stderr).toContain("no PostgreSQL URL to migrate");
  });

  it.each([
    "postgres://u:p@ep-cool-name-123-pooler.eu-central-1.aws.neon.tech/neondb?sslmode=require",
    "postgresql://postgres.ref:p@aws-0-ap-south-1.pooler.supabase.com:6543/postgres",
  ])("refuses to migrate through a transaction pooler without a direct URL (%s)", (url) => {
    const release = run("scripts/ops/migrate-release.sh", { DATABASE_URL: url });
    expect(release.status).toBe(1);
    expect(release.stderr).toContain("set DATABASE_URL_UNPOOLED to the direct URL");
    expect(release.stdout).not.toContain("applying migrations");
  });

  it("reads the pulled env file, prefers the direct URL, and lets the environment win", () => {
    const dir = madeDir("migrate-release-");
    const envFile = path.join(dir, ".env.production.local");
    writeFileSync(
      envFile,
      `VERCEL="1"\nDATABASE_URL="${unreachable("pooled")}"\nDATABASE_URL_UNPOOLED="postgres://nobody:s3cret@127.0.0.1:19/direct"\n`,
    );
    const fromFile = run("scripts/ops/migrate-release.sh", {}, [envFile]);
    expect(fromFile.status).toBe(1);
    expect(fromFile.stdout).toContain("applying migrations over DATABASE_URL_UNPOOLED");
    expect(fromFile.stderr).toContain("ECONNREFUSED 127.0.0.1:19");
    expect(fromFile.stdout + fromFile.stderr).not.toContain("s3cret");

    const overridden = run(
      "scripts/ops/migrate-release.sh",
      { DATABASE_URL_UNPOOLED: unreachable("secret-from-ci") },
      [envFile],
    );
    expect(overridden.stderr).toContain("ECONNREFUSED 127.0.0.1:9");

    const missing = run("scripts/ops/migrate-release.sh", {}, [path.join(dir, "absent")]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("not found (vercel pull writes it)");
  }, 60_000);
});

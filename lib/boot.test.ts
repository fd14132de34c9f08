import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startupProblems } from "./boot";

const secret = "a-secret-of-at-least-16-chars";
const appUrl = "https://swasthai.example.org";

describe("startupProblems", () => {
  it("names each variable production on PostgreSQL is missing", () => {
    const none = startupProblems({ NODE_ENV: "production" }, false);
    expect(none).toHaveLength(2);
    expect(none[0]).toMatch(/^APP_URL is not set/);
    expect(none[1]).toMatch(/^AUTH_SECRET is not set/);
    expect(startupProblems({ NODE_ENV: "production", AUTH_SECRET: secret }, false)).toEqual([
      expect.stringMatching(/^APP_URL is not set/),
    ]);
    expect(startupProblems({ NODE_ENV: "production", APP_URL: appUrl }, false)).toEqual([
      expect.stringMatching(/^AUTH_SECRET is not set/),
    ]);
  });

  it("lets a complete production, the embedded demo and development start", () => {
    expect(
      startupProblems({ NODE_ENV: "production", APP_URL: appUrl, AUTH_SECRET: secret }, false),
    ).toEqual([]);
    expect(startupProblems({ NODE_ENV: "production" }, true)).toEqual([]);
    expect(startupProblems({ NODE_ENV: "development" }, false)).toEqual([]);
  });
});

/**
 * Runs instrumentation's register() in a fresh Node process the way `next start` does at boot:
 * an error it throws is logged and the server goes on listening (next-server's prepare().catch).
 * So only a register() that ends the process itself keeps a misconfigured server from serving.
 */
function startServer(env: Record<string, string>) {
  const root = path.resolve(import.meta.dirname, "..");
  const script = [
    "import('./instrumentation.ts').then((m) => m.register()).then(",
    "  () => console.log('STARTED'),",
    "  (e) => console.log('SERVING ANYWAY after: ' + e.message),",
    ")",
  ].join("\n");
  const parent = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !["APP_URL", "AUTH_SECRET", "LOG_LEVEL"].includes(k),
    ),
  );
  return spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "--input-type=module", "-e", script],
    {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
      env: {
        ...parent,
        NEXT_RUNTIME: "nodejs",
        NODE_ENV: "production",
        // Nothing listens here: the start must stop before it connects anywhere.
        DATABASE_URL: "postgres://nobody@127.0.0.1:9/none",
        LOG_LEVEL: "silent",
        ...env,
      },
    },
  );
}

describe("a production start (instrumentation register)", () => {
  it("refuses without APP_URL: exit 1 and a message naming it", () => {
    const run = startServer({ AUTH_SECRET: secret });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("SwasthAI cannot start");
    expect(run.stderr).toContain("APP_URL is not set");
    expect(run.stdout).not.toMatch(/STARTED|SERVING ANYWAY/);
  }, 60_000);

  it("refuses without AUTH_SECRET (empty counts as unset), and with an APP_URL that is not a URL", () => {
    const noSecret = startServer({ APP_URL: appUrl, AUTH_SECRET: "" });
    expect(noSecret.status).toBe(1);
    expect(noSecret.stderr).toContain("AUTH_SECRET is not set");
    const badUrl = startServer({ APP_URL: "swasthai.example.org", AUTH_SECRET: secret });
    expect(badUrl.status).toBe(1);
    expect(badUrl.stderr).toMatch(/APP_URL: /);
  }, 60_000);
});

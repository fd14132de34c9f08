import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startupProblems } from "./boot";

const secret = "a-secret-of-at-least-16-chars";
const appUrl = "https://swasthai.example.org";

const oneProxy = { TRUSTED_PROXY_HOPS: 1 };

describe("startupProblems", () => {
  it("names each variable production on PostgreSQL is missing", () => {
    const none = startupProblems({ NODE_ENV: "production" }, false);
    expect(none).toHaveLength(3);
    expect(none[0]).toMatch(/^APP_URL is not set/);
    expect(none[1]).toMatch(/^AUTH_SECRET is not set/);
    expect(none[2]).toMatch(
      /^No client address source: .*TRUSTED_PROXY_HOPS.*RATE_LIMIT_BY_IP=off/,
    );
    expect(
      startupProblems({ NODE_ENV: "production", AUTH_SECRET: secret, ...oneProxy }, false),
    ).toEqual([expect.stringMatching(/^APP_URL is not set/)]);
    expect(
      startupProblems({ NODE_ENV: "production", APP_URL: appUrl, ...oneProxy }, false),
    ).toEqual([expect.stringMatching(/^AUTH_SECRET is not set/)]);
  });

  it("wants a client address source: Vercel, a number of proxies, or RATE_LIMIT_BY_IP=off", () => {
    const complete = { NODE_ENV: "production", APP_URL: appUrl, AUTH_SECRET: secret } as const;
    expect(startupProblems({ ...complete, TRUSTED_PROXY_HOPS: 0 }, false)).toEqual([
      expect.stringMatching(/^No client address source/),
    ]);
    expect(startupProblems({ ...complete, RATE_LIMIT_BY_IP: "on" }, false)).toHaveLength(1);
    expect(startupProblems({ ...complete, VERCEL: "0" }, false)).toHaveLength(1);
    expect(startupProblems({ ...complete, ...oneProxy }, false)).toEqual([]);
    expect(startupProblems({ ...complete, TRUSTED_PROXY_HOPS: 2 }, false)).toEqual([]);
    expect(startupProblems({ ...complete, VERCEL: "1" }, false)).toEqual([]);
    expect(startupProblems({ ...complete, RATE_LIMIT_BY_IP: "off" }, false)).toEqual([]);
  });

  it("refuses half an ABDM credential pair anywhere, which would silently leave ABHA unverified", () => {
    const dev = { NODE_ENV: "development" } as const;
    expect(startupProblems({ ...dev, ABDM_CLIENT_ID: "client" }, true)).toEqual([
      expect.stringMatching(/^ABDM_CLIENT_ID and ABDM_CLIENT_SECRET go together/),
    ]);
    expect(startupProblems({ ...dev, ABDM_CLIENT_SECRET: "secret" }, false)).toHaveLength(1);
    expect(
      startupProblems({ ...dev, ABDM_CLIENT_ID: "client", ABDM_CLIENT_SECRET: "secret" }, true),
    ).toEqual([]);
  });

  it("lets a complete production, the embedded demo and development start", () => {
    expect(
      startupProblems(
        { NODE_ENV: "production", APP_URL: appUrl, AUTH_SECRET: secret, ...oneProxy },
        false,
      ),
    ).toEqual([]);
    expect(startupProblems({ NODE_ENV: "production" }, true)).toEqual([]);
    expect(startupProblems({ NODE_ENV: "development" }, false)).toEqual([]);
  });

  it("refuses Vercel without a PostgreSQL DATABASE_URL (the embedded database cannot live there)", () => {
    expect(startupProblems({ NODE_ENV: "production", VERCEL: "1" }, true)).toEqual([
      expect.stringMatching(/^DATABASE_URL is not a PostgreSQL URL: on Vercel/),
    ]);
    const complete = { NODE_ENV: "production", APP_URL: appUrl, AUTH_SECRET: secret } as const;
    expect(startupProblems({ ...complete, VERCEL: "1" }, true)).toHaveLength(1);
    expect(startupProblems({ ...complete, VERCEL: "1" }, false)).toEqual([]);
    // `vercel dev` on a laptop may carry VERCEL=1: development keeps the embedded database.
    expect(startupProblems({ NODE_ENV: "development", VERCEL: "1" }, true)).toEqual([]);
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
      ([k]) =>
        ![
          "APP_URL",
          "AUTH_SECRET",
          "LOG_LEVEL",
          "VERCEL",
          "TRUSTED_PROXY_HOPS",
          "RATE_LIMIT_BY_IP",
        ].includes(k),
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
    const noSecret = startServer({ APP_URL: appUrl, AUTH_SECRET: "", TRUSTED_PROXY_HOPS: "1" });
    expect(noSecret.status).toBe(1);
    expect(noSecret.stderr).toContain("AUTH_SECRET is not set");
    const badUrl = startServer({ APP_URL: "swasthai.example.org", AUTH_SECRET: secret });
    expect(badUrl.status).toBe(1);
    expect(badUrl.stderr).toMatch(/APP_URL: /);
  }, 60_000);

  it("refuses without a client address source, naming the ways to give one", () => {
    const run = startServer({ APP_URL: appUrl, AUTH_SECRET: secret });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("SwasthAI cannot start");
    expect(run.stderr).toMatch(
      /No client address source: .*TRUSTED_PROXY_HOPS=1.*RATE_LIMIT_BY_IP=off/,
    );
    expect(run.stdout).not.toMatch(/STARTED|SERVING ANYWAY/);
  }, 60_000);

  it("refuses on Vercel without a DATABASE_URL, before it opens any database", () => {
    const run = startServer({
      APP_URL: appUrl,
      AUTH_SECRET: secret,
      VERCEL: "1",
      DATABASE_URL: "",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("SwasthAI cannot start");
    expect(run.stderr).toContain("on Vercel the embedded database cannot keep data");
    expect(run.stdout).not.toMatch(/STARTED|SERVING ANYWAY/);
  }, 60_000);

  it("starts with RATE_LIMIT_BY_IP=off, warning that per-address limits are off", () => {
    const run = startServer({
      APP_URL: appUrl,
      AUTH_SECRET: secret,
      RATE_LIMIT_BY_IP: "off",
      LOG_LEVEL: "warn",
    });
    expect(run.stderr).not.toContain("SwasthAI cannot start");
    expect(run.stdout).toContain("STARTED");
    expect(run.stdout).toMatch(/"level":40,.*RATE_LIMIT_BY_IP=off: no per-address rate limits/);
  }, 60_000);
});

import net from "node:net";
import path from "node:path";
import { defineConfig } from "vitest/config";

// The Upstash adapter is tested through a real Redis. A newcomer's machine may have none: then
// those files are left out with a loud notice, as the e2e suite is without Chromium. CI has Redis
// and fails if it is missing.
const redisTests = ["lib/rate-limit/rate-limit.test.ts", "lib/rate-limit/upstash.test.ts"];

function redisReachable(): Promise<boolean> {
  const url = new URL(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379");
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

const withoutRedis = !process.env.CI && !(await redisReachable());
if (withoutRedis) {
  console.warn(
    `\n*** NOT RUN: ${redisTests.join(", ")} need Redis at 127.0.0.1:6379 (or TEST_REDIS_URL). CI always runs them.\n`,
  );
}

const root = import.meta.dirname;
const alias = {
  "@": root,
  // Next resolves server-only to an empty module on the server; tests are server code too.
  "server-only": path.join(root, "tests/setup/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,db,components,app,scripts}/**/*.test.ts", "proxy.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**", ...(withoutRedis ? redisTests : [])],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,db,tests}/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-db.ts"],
          setupFiles: ["tests/setup/integration.ts"],
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // Running instances, started by scripts/ops/two-instances.sh (which sets OPS_A_URL); absent
      // otherwise, so `npm test` never runs it half-configured. The files share one database and,
      // run one after another in one worker (isolate: false), one factory counter, so their emails
      // and licence numbers never collide.
      ...(process.env.OPS_A_URL
        ? [
            {
              resolve: { alias },
              test: {
                name: "ops",
                include: ["tests/ops/**/*.ops.test.ts"],
                environment: "node",
                env: { DATABASE_URL: process.env.OPS_DATABASE_URL },
                fileParallelism: false,
                isolate: false,
                testTimeout: 120_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});

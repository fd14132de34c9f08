// The server the e2e suite runs against: a production build (`next build && next start`).
// E2E_DATABASE_URL (PostgreSQL) -> migrate + demo seed into it; otherwise a fresh embedded PGlite.
import { spawnSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";

const port = process.env.E2E_PORT ?? "3100";
const env = {
  ...process.env,
  NODE_ENV: "production",
  DEV_MAILBOX: "1",
  APP_URL: `http://127.0.0.1:${port}`,
  RATE_LIMIT_SCALE: process.env.RATE_LIMIT_SCALE ?? "1",
  // No proxy in front and every test comes from 127.0.0.1: per-address limits would count the
  // suite as one client. Said explicitly, as production on PostgreSQL requires; global limits apply.
  RATE_LIMIT_BY_IP: "off",
  NEXT_TELEMETRY_DISABLED: "1",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
};
if (process.env.E2E_DATABASE_URL) {
  Object.assign(env, {
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    DB_AUTO_MIGRATE: "1",
    SEED_DEMO: "1",
  });
} else {
  // A fresh embedded database per run; E2E_PGLITE_DIR lets parallel runs keep apart.
  const dir = process.env.E2E_PGLITE_DIR ?? ".data/e2e-pglite";
  delete env.DATABASE_URL;
  rmSync(dir, { recursive: true, force: true });
  env.PGLITE_DIR = dir;
}

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// Pages and data Next cached in an earlier run (on disk, in the build) came from another database:
// a reused build starts with empty caches.
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
for (const cache of [
  join(distDir, "server", "route-cache"),
  join(distDir, "cache", "fetch-cache"),
]) {
  rmSync(cache, { recursive: true, force: true });
}
// Node closes an idle keep-alive socket after 5 s; a test that pauses longer (the crawl's axe
// pass) and then reuses it races that close and reads ECONNRESET. Idle sockets stay open longer.
const keepAlive = ["--keepAliveTimeout", "65000"];
const server = spawn("npx", ["next", "start", "-p", port, "-H", "localhost", ...keepAlive], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

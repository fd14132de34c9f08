import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as readyRoute } from "@/app/api/v1/health/ready/route";
import { GET as liveRoute } from "@/app/api/v1/health/route";
import { db, dbDriver } from "@/db/client";
import { notificationDeliveries } from "@/db/schema";
import { env } from "@/lib/env";
import { call } from "@/tests/api-client";
import { createUser } from "@/tests/factories";
import { OVERDUE_THRESHOLD } from "./health";

// Each test sets what it needs on top of the environment the suite started with.
const configured = { ...env };
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "swasthai-ready-"));
});
afterEach(() => restore());
afterAll(() => rm(scratch, { recursive: true, force: true }));

function restore(): void {
  for (const key of Object.keys(env) as Array<keyof typeof env>) {
    if (!(key in configured)) delete env[key];
  }
  Object.assign(env, configured);
}

function configure(settings: Partial<typeof env>): void {
  restore();
  Object.assign(env, { UPLOAD_DIR: path.join(scratch, "uploads") }, settings);
}

/** Pending deliveries due `minutes` ago, as a stalled drain leaves them. */
async function pendingDeliveries(count: number, minutesAgo: number): Promise<void> {
  const user = await createUser();
  await db.insert(notificationDeliveries).values(
    Array.from({ length: count }, (_, i) => ({
      userId: user.id,
      channel: "email" as const,
      event: "appointment.reminder",
      payload: {},
      dedupeKey: `ready-test-${minutesAgo}-${i}`,
      nextAttemptAt: sql`now() - make_interval(mins => ${minutesAgo})`,
    })),
  );
}

describe("GET /api/v1/health/ready", () => {
  it("answers 503 once the server is stopping, so a load balancer sends it nothing new", async () => {
    configure({});
    // The flag the SIGTERM handler sets (lib/graceful-shutdown keeps it on globalThis).
    const state = (globalThis as { __swasthaiShutdown?: { shuttingDown: boolean } })
      .__swasthaiShutdown!;
    state.shuttingDown = true;
    try {
      const res = await call(readyRoute, { path: "/health/ready" });
      expect(res.status).toBe(503);
      expect(res.body.detail).toBe("Not ready: shutting down.");
      expect(res.body.checks.database.status).toBe("up");
    } finally {
      state.shuttingDown = false;
    }
    expect((await call(readyRoute, { path: "/health/ready" })).status).toBe(200);
  });

  it("on the embedded defaults is ready and names every dependency's adapter", async () => {
    configure({});
    const res = await call(readyRoute, { path: "/health/ready" });
    expect(res.status).toBe(200);
    const { status, checks } = res.body.data;
    expect(status).toBe("ready");
    expect(checks.database).toMatchObject({ status: "up", required: true, adapter: dbDriver() });
    expect(checks.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(checks.rateLimit).toEqual({ status: "up", required: false, adapter: "in-process" });
    expect(checks.mail).toMatchObject({ status: "up", adapter: "outbox" });
    expect(checks.sms).toMatchObject({ status: "up", adapter: "outbox" });
    expect(checks.files).toMatchObject({ status: "up", required: false, adapter: "local" });
    expect(checks.deliveries).toMatchObject({ status: "up", overdue: 0 });
  });

  it("with Upstash answering PING is ready, and a wrong token makes it down", async () => {
    // Upstash's REST API as far as readiness uses it: POST / with a command array and a bearer token.
    const upstash = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        const authorized = req.headers.authorization === "Bearer rest-token";
        res.writeHead(authorized ? 200 : 401, { "content-type": "application/json" });
        res.end(
          JSON.stringify(
            authorized && body === '["PING"]' ? { result: "PONG" } : { error: "Unauthorized" },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => upstash.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(upstash.address() as AddressInfo).port}`;
    try {
      configure({ UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: "rest-token" });
      const up = await call(readyRoute, { path: "/health/ready" });
      expect(up.status).toBe(200);
      expect(up.body.data.checks.rateLimit).toMatchObject({
        status: "up",
        required: true,
        adapter: "upstash",
      });

      configure({ UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: "stale-token" });
      const down = await call(readyRoute, { path: "/health/ready" });
      expect(down.status).toBe(503);
      expect(down.body.checks.rateLimit.status).toBe("down");
    } finally {
      await new Promise((resolve) => upstash.close(resolve));
    }
  });

  it("with Upstash configured but unreachable is 503 problem+json naming it, with every check", async () => {
    configure({
      UPSTASH_REDIS_REST_URL: "http://127.0.0.1:3429",
      UPSTASH_REDIS_REST_TOKEN: "secret-token-value",
    });
    const res = await call(readyRoute, { path: "/health/ready" });
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.body).toMatchObject({ code: "unavailable", detail: "Not ready: rateLimit down." });
    expect(res.body.checks.rateLimit).toMatchObject({
      status: "down",
      required: true,
      adapter: "upstash",
      error: "the Upstash REST API did not answer PING",
    });
    expect(res.body.checks.database.status).toBe("up");
    const text = JSON.stringify(res.body);
    expect(text).not.toContain("127.0.0.1");
    expect(text).not.toContain("secret-token-value");
  });

  it("a backlog of overdue deliveries is degraded, and the instance stays ready", async () => {
    configure({});
    await pendingDeliveries(OVERDUE_THRESHOLD + 1, 20);
    await pendingDeliveries(5, 5); // due, but not overdue yet
    const res = await call(readyRoute, { path: "/health/ready" });
    expect(res.status).toBe(200);
    expect(res.body.data.checks.deliveries).toMatchObject({
      status: "degraded",
      overdue: OVERDUE_THRESHOLD + 1,
      threshold: OVERDUE_THRESHOLD,
      error: `${OVERDUE_THRESHOLD + 1} messages pending for more than 15 minutes`,
    });
  });

  it("a few overdue deliveries are counted but not degraded", async () => {
    configure({});
    await pendingDeliveries(3, 30);
    const res = await call(readyRoute, { path: "/health/ready" });
    expect(res.body.data.checks.deliveries).toMatchObject({ status: "up", overdue: 3 });
  });

  it("an upload directory that cannot be written is down, and the instance stays ready", async () => {
    const blocker = path.join(scratch, "not-a-directory");
    await writeFile(blocker, "");
    configure({ UPLOAD_DIR: path.join(blocker, "uploads") });
    const res = await call(readyRoute, { path: "/health/ready" });
    expect(res.status).toBe(200);
    expect(res.body.data.checks.files).toMatchObject({
      status: "down",
      required: false,
      adapter: "local",
      error: "the upload directory is not writable",
    });
    expect(JSON.stringify(res.body)).not.toContain(scratch);
  });
});

describe("GET /api/v1/health", () => {
  it("stays a cheap liveness answer", async () => {
    const res = await call(liveRoute, { path: "/health" });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { status: "ok" } });
  });
});

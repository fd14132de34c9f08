import "server-only";
import { constants } from "node:fs";
import { access, mkdir } from "node:fs/promises";
import { sql } from "drizzle-orm";
import { db, dbDriver, queryRows } from "@/db/client";
import { mailAdapter } from "@/lib/email/send";
import { env } from "@/lib/env";
import { isShuttingDown } from "@/lib/graceful-shutdown";
import { smsAdapter } from "@/lib/sms/send";
import { getStorage } from "@/lib/storage";

/** up: answers; degraded: answers but falls behind; down: does not answer. */
export type CheckStatus = "up" | "degraded" | "down";

export interface Check {
  status: CheckStatus;
  /** A required check that is down takes the instance out of service (503). */
  required: boolean;
  /** Which adapter serves (never a URL, a host or a key). */
  adapter: string;
  latencyMs?: number;
  /** Why it is not up, in words fit for a status page. */
  error?: string;
}

export interface Readiness {
  status: "ready" | "unavailable";
  /** SIGTERM arrived: the instance finishes what it has and takes nothing new. */
  shuttingDown: boolean;
  checks: {
    database: Check;
    rateLimit: Check;
    mail: Check;
    files: Check;
    sms: Check;
    deliveries: Check & { overdue?: number; threshold: number };
  };
}

/** Longest a single probe may take; the probes run side by side. */
export const PROBE_TIMEOUT_MS = 2000;
/** A delivery still pending this long after it was due counts as overdue. */
export const OVERDUE_MINUTES = 15;
/** More overdue deliveries than this and the delivery check is degraded. */
export const OVERDUE_THRESHOLD = 50;

class ProbeTimeout extends Error {}

/** `work` or a ProbeTimeout, whichever comes first; the timer never holds the process open. */
async function bounded<T>(work: Promise<T>, ms = PROBE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout()), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs one probe into a Check. The error is summed up in fixed words: a driver's own message may
 * name a host, a user or a connection string.
 */
async function probe(
  adapter: string,
  required: boolean,
  run: () => Promise<void>,
  failure: string,
): Promise<Check> {
  const started = performance.now();
  try {
    await bounded(run());
    return { status: "up", required, adapter, latencyMs: elapsed(started) };
  } catch (error) {
    const reason =
      error instanceof ProbeTimeout ? `no answer within ${PROBE_TIMEOUT_MS} ms` : failure;
    return { status: "down", required, adapter, latencyMs: elapsed(started), error: reason };
  }
}

const elapsed = (started: number) => Math.round(performance.now() - started);

function checkDatabase(): Promise<Check> {
  return probe(
    dbDriver(),
    true,
    async () => {
      await db.execute(sql`select 1`);
    },
    "the database refused the query",
  );
}

/** Upstash answers a PING over its REST API; the in-process limiter needs no probe. */
function checkRateLimit(): Promise<Check> {
  const url = env.UPSTASH_REDIS_REST_URL;
  if (!url) return Promise.resolve({ status: "up", required: false, adapter: "in-process" });
  return probe(
    "upstash",
    true,
    async () => {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          authorization: `Bearer ${env.UPSTASH_REDIS_REST_TOKEN ?? ""}`,
          "content-type": "application/json",
        },
        body: JSON.stringify(["PING"]),
        signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      });
      const body = (await response.json().catch(() => null)) as { result?: unknown } | null;
      if (!response.ok || body?.result !== "PONG") throw new Error("no PONG");
    },
    "the Upstash REST API did not answer PING",
  );
}

/** The local disk must take writes; the hosted stores are reported as configured. */
function checkFiles(): Promise<Check> {
  const adapter: string = getStorage().name;
  if (adapter !== "local") return Promise.resolve({ status: "up", required: false, adapter });
  return probe(
    "local",
    false,
    async () => {
      await mkdir(env.UPLOAD_DIR, { recursive: true });
      await access(env.UPLOAD_DIR, constants.W_OK);
    },
    "the upload directory is not writable",
  );
}

/** Mail, SMS and push messages still pending long after they were due (the drain is behind). */
async function checkDeliveries(): Promise<Readiness["checks"]["deliveries"]> {
  let overdue: number | undefined;
  const check = await probe(
    "outbox",
    false,
    async () => {
      const [row] = await queryRows<{ overdue: number }>(sql`
        select count(*)::int as overdue from notification_deliveries
        where status = 'pending' and next_attempt_at < now() - make_interval(mins => ${OVERDUE_MINUTES})`);
      overdue = row?.overdue ?? 0;
    },
    "the delivery outbox could not be read",
  );
  if (check.status !== "up" || overdue === undefined) {
    return { ...check, threshold: OVERDUE_THRESHOLD };
  }
  const behind = overdue > OVERDUE_THRESHOLD;
  return {
    ...check,
    status: behind ? "degraded" : "up",
    overdue,
    threshold: OVERDUE_THRESHOLD,
    ...(behind
      ? { error: `${overdue} messages pending for more than ${OVERDUE_MINUTES} minutes` }
      : {}),
  };
}

/**
 * Readiness: every dependency probed side by side, each within PROBE_TIMEOUT_MS. The instance is
 * ready when the required ones answer: the database, and the shared rate-limit store when one is
 * configured (without it every instance would count on its own). Mail, SMS, files and the delivery
 * backlog are reported but never take the instance out of service: a restart would not fix them.
 * A stopping instance is unavailable whatever its checks say, so a load balancer drains it.
 */
export async function checkReadiness(): Promise<Readiness> {
  const [database, rateLimit, files, deliveries] = await Promise.all([
    checkDatabase(),
    checkRateLimit(),
    checkFiles(),
    checkDeliveries(),
  ]);
  const checks: Readiness["checks"] = {
    database,
    rateLimit,
    mail: { status: "up", required: false, adapter: mailAdapter() },
    files,
    sms: { status: "up", required: false, adapter: smsAdapter() },
    deliveries,
  };
  const shuttingDown = isShuttingDown();
  const ready =
    !shuttingDown && Object.values(checks).every((c) => !c.required || c.status !== "down");
  return { status: ready ? "ready" : "unavailable", shuttingDown, checks };
}

import "server-only";
import { createHash } from "node:crypto";
import { jwtVerify } from "jose";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";

/** The route QStash calls: the same drain the cron runs. */
export function drainUrl(): string | null {
  return env.APP_URL ? `${new URL(env.APP_URL).origin}/api/cron/deliver` : null;
}

export interface QstashConfig {
  token: string;
  baseUrl: string;
}

/**
 * Publishes a delayed call of `destination` (QStash's `POST /v2/publish/<url>` with a Bearer token
 * and `Upstash-Delay`). Retries due in the same half minute share one message through
 * `Upstash-Deduplication-Id`, so a burst of failures does not become a burst of drains.
 */
export async function publishDelayed(
  destination: string,
  delaySeconds: number,
  config: QstashConfig,
  now: Date = new Date(),
): Promise<void> {
  const due = Math.ceil((now.getTime() + delaySeconds * 1000) / 30_000);
  const response = await fetch(`${config.baseUrl}/v2/publish/${destination}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${config.token}`,
      "content-type": "application/json",
      "upstash-delay": `${Math.max(1, Math.round(delaySeconds))}s`,
      "upstash-deduplication-id": `swasthai-deliver-${due}`,
    },
    body: JSON.stringify({ reason: "delivery retry" }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`QStash answered ${response.status}`);
}

/** Whether retries are handed to QStash (its token and the public URL it calls are set). */
export function retryDrainScheduling(): boolean {
  return Boolean(env.QSTASH_TOKEN && drainUrl());
}

/**
 * Asks QStash to run the drain again when the earliest waiting retry is due (without it the
 * cron and the next notice's kick pick retries up).
 */
export async function scheduleRetryDrain(delaySeconds: number): Promise<void> {
  const destination = drainUrl();
  if (!env.QSTASH_TOKEN || !destination) return;
  try {
    await publishDelayed(destination, delaySeconds, {
      token: env.QSTASH_TOKEN,
      baseUrl: env.QSTASH_URL,
    });
  } catch (err) {
    // The cron still drains; a lost retry call only delays the retry.
    logger.warn({ err }, "qstash publish failed");
  }
}

const base64url = (bytes: Buffer) => bytes.toString("base64url").replace(/=+$/, "");

/**
 * Verifies QStash's `Upstash-Signature`: an HS256 JWT signed with the current signing key (or the
 * next one, during a key rotation) whose `iss` is "Upstash", `sub` the URL called, that is within
 * its nbf/exp, and whose `body` claim is the base64url SHA-256 of the raw body.
 */
export async function verifyQstashSignature(
  request: { signature: string | null; body: string; url: string },
  keys: { current: string; next?: string },
  now: Date = new Date(),
): Promise<boolean> {
  if (!request.signature) return false;
  const expectedBody = base64url(createHash("sha256").update(request.body).digest());
  for (const key of [keys.current, keys.next]) {
    if (!key) continue;
    try {
      const { payload } = await jwtVerify(request.signature, new TextEncoder().encode(key), {
        algorithms: ["HS256"],
        issuer: "Upstash",
        subject: request.url,
        clockTolerance: 5,
        currentDate: now,
      });
      const claimed = typeof payload.body === "string" ? payload.body.replace(/=+$/, "") : "";
      if (claimed === expectedBody) return true;
    } catch {
      // Try the next key.
    }
  }
  return false;
}

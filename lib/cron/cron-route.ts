import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { problemResponse } from "@/lib/api/problem";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";

/** Constant-time comparison (hashing first makes the lengths equal). */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * A route Vercel Cron calls (schedules in vercel.json) with `Authorization: Bearer <CRON_SECRET>`.
 * 503 while CRON_SECRET is unset (never run unauthenticated), 401 for a missing or wrong secret,
 * otherwise `{ data: <what the job reports> }`.
 */
export function cronRoute(name: string, job: (now: Date) => Promise<Record<string, unknown>>) {
  return async function GET(request: Request): Promise<Response> {
    const requestId = crypto.randomUUID();
    if (!env.CRON_SECRET) {
      return problemResponse(
        new AppError("unavailable", "CRON_SECRET is not configured."),
        requestId,
      );
    }
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
    if (!match || !sameSecret(match[1]!, env.CRON_SECRET)) {
      return problemResponse(
        new AppError("unauthenticated", "A valid cron secret is required."),
        requestId,
      );
    }
    try {
      const result = await job(new Date());
      logger.info({ requestId, ...result }, `cron ${name}`);
      return Response.json({ data: result }, { headers: { "cache-control": "no-store" } });
    } catch (err) {
      logger.error({ requestId, err }, `cron ${name} failed`);
      return problemResponse(
        new AppError("internal", `The ${name} job failed (request id ${requestId}).`),
        requestId,
      );
    }
  };
}

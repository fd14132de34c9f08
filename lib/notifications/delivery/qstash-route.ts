import "server-only";
import { problemResponse } from "@/lib/api/problem";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { drainDeliveries } from "./drain";
import { drainUrl, verifyQstashSignature } from "./qstash";

/**
 * `POST /api/cron/deliver` from QStash: runs the drain when the `Upstash-Signature` verifies
 * against the signing keys and this route's public URL. 503 while QStash is not configured,
 * 401 for a missing or wrong signature.
 */
export async function handleQstashDrain(request: Request): Promise<Response> {
  const requestId = crypto.randomUUID();
  const url = drainUrl();
  if (!env.QSTASH_CURRENT_SIGNING_KEY || !url) {
    return problemResponse(
      new AppError("unavailable", "QStash signing keys or APP_URL are not configured."),
      requestId,
    );
  }
  const valid = await verifyQstashSignature(
    { signature: request.headers.get("upstash-signature"), body: await request.text(), url },
    { current: env.QSTASH_CURRENT_SIGNING_KEY, next: env.QSTASH_NEXT_SIGNING_KEY },
  );
  if (!valid) {
    return problemResponse(
      new AppError("unauthenticated", "A valid QStash signature is required."),
      requestId,
    );
  }
  try {
    const result = await drainDeliveries();
    logger.info({ requestId, ...result }, "qstash deliver");
    return Response.json({ data: result }, { headers: { "cache-control": "no-store" } });
  } catch (err) {
    logger.error({ requestId, err }, "qstash deliver failed");
    return problemResponse(
      new AppError("internal", `The deliver job failed (request id ${requestId}).`),
      requestId,
    );
  }
}

import { apiRoute, ok } from "@/lib/api/api-route";
import { problemBody } from "@/lib/api/problem";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { checkReadiness } from "@/lib/system/health";
import { systemOperations } from "@/lib/system/openapi";

export const GET = apiRoute(systemOperations.ready, async ({ requestId }) => {
  const readiness = await checkReadiness();
  if (readiness.status === "ready") return ok(readiness);
  const down = Object.entries(readiness.checks)
    .filter(([, check]) => check.required && check.status === "down")
    .map(([name]) => name);
  logger.warn({ requestId, down, shuttingDown: readiness.shuttingDown }, "not ready");
  const detail = readiness.shuttingDown
    ? "Not ready: shutting down."
    : `Not ready: ${down.join(", ")} down.`;
  const problem = problemBody(new AppError("unavailable", detail), requestId);
  // A problem document that still lists every check, so a probe's log says which one failed.
  return new Response(JSON.stringify({ ...problem, checks: readiness.checks }), {
    status: 503,
    headers: { "content-type": "application/problem+json" },
  });
});

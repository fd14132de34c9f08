import type { Instrumentation } from "next";

/**
 * Runs once when a server instance starts, before it serves requests: tracing first (so the
 * start's own queries and calls get spans), then the Node-only start from lib/boot-or-exit,
 * imported only under the Node runtime so the Edge build never sees process APIs, then Sentry when
 * SENTRY_DSN is set (after the start has checked the environment).
 */
export async function register() {
  const { registerTracing } = await import("./lib/observability/tracing");
  registerTracing();
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootOrExit } = await import("./lib/boot-or-exit");
  await bootOrExit();
  const { env } = await import("./lib/env");
  if (env.SENTRY_DSN) {
    const { startServerSentry } = await import("./lib/observability/sentry-server");
    await startServerSentry({
      dsn: env.SENTRY_DSN,
      environment: env.SENTRY_ENVIRONMENT,
      tracesSampleRate: env.SENTRY_TRACES_SAMPLE_RATE,
    });
  }
}

/** Errors thrown while rendering a page or running a route or action: to Sentry when it is on. */
export const onRequestError: Instrumentation.onRequestError = async (...args) => {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.SENTRY_DSN) return;
  const { captureRequestError } = await import("./lib/observability/sentry-server");
  await captureRequestError(...args);
};

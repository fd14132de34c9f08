import type { Instrumentation } from "next";
import { sentryOptions, type SentryConfig } from "./sentry-options";

let sentry: typeof import("@sentry/nextjs") | undefined;

/**
 * Starts Sentry on the server (instrumentation.ts, only with SENTRY_DSN). The OpenTelemetry tracer
 * provider is @vercel/otel's (lib/observability/tracing.ts), so Sentry must not register its own:
 * it keeps its request scopes with its native AsyncLocalStorage strategy instead.
 */
export async function startServerSentry(config: SentryConfig): Promise<void> {
  const loaded = await import("@sentry/nextjs");
  loaded.init({ ...sentryOptions(config), enableOpenTelemetrySetup: false });
  sentry = loaded;
}

/** Next's onRequestError: an error thrown while rendering or in a route, to Sentry when it is on. */
export const captureRequestError: Instrumentation.onRequestError = (error, request, context) => {
  sentry?.captureRequestError(error, request, context);
};

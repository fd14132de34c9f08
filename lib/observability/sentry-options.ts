import { scrubBreadcrumb, scrubEvent } from "./sentry-scrub";

export interface SentryConfig {
  dsn: string;
  environment?: string;
  /** Share of transactions sent (0 to 1, default 0: errors only). */
  tracesSampleRate?: number;
}

/**
 * The options both SDKs (server and browser) start with: no default PII (no IP addresses, cookies
 * or request bodies), no local variables on stack frames, and every event, transaction and
 * breadcrumb through the scrubber before it leaves.
 */
export function sentryOptions(config: SentryConfig) {
  return {
    dsn: config.dsn,
    environment: config.environment,
    sendDefaultPii: false,
    includeLocalVariables: false,
    tracesSampleRate: config.tracesSampleRate ?? 0,
    // Spans travel inside transaction events, so beforeSendTransaction sees (and scrubs) them;
    // the default streaming lifecycle would skip it.
    traceLifecycle: "static" as const,
    beforeSend: scrubEvent,
    beforeSendTransaction: scrubEvent,
    beforeBreadcrumb: scrubBreadcrumb,
  };
}

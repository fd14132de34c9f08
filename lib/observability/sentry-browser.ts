import { init } from "@sentry/nextjs";
import { sentryOptions } from "./sentry-options";

/**
 * Starts the browser SDK (instrumentation-client.ts loads this module only when
 * NEXT_PUBLIC_SENTRY_DSN is set). A named import, so the bundler keeps only what `init` needs
 * rather than every export of @sentry/nextjs.
 */
export function startBrowserSentry(dsn: string): void {
  init(sentryOptions({ dsn }));
}

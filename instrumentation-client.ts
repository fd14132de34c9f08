/**
 * The browser's Sentry, only in a build made with NEXT_PUBLIC_SENTRY_DSN set: the variable is
 * inlined at build time, so without it this branch and the SDK chunk it would load are dropped.
 * The SDK loads after the page, as its own chunk, so it never delays the first render.
 */
const dsn = process.env.NEXT_PUBLIC_SENTRY_DSN;

if (dsn) {
  void Promise.all([import("@sentry/nextjs"), import("./lib/observability/sentry-options")]).then(
    ([Sentry, { sentryOptions }]) => Sentry.init(sentryOptions({ dsn })),
  );
}

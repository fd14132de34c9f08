/**
 * The browser's Sentry, only when NEXT_PUBLIC_SENTRY_DSN was set at build time. Without it the
 * page carries only this check; with it the SDK arrives as its own chunk after the page has
 * loaded, so it never delays the first render.
 */
const dsn = process.env.NEXT_PUBLIC_SENTRY_DSN;

if (dsn) {
  void import("./lib/observability/sentry-browser").then(({ startBrowserSentry }) =>
    startBrowserSentry(dsn),
  );
}

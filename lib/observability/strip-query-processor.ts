import type { Span, SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { withoutQuery } from "./without-query";

/** Span attributes that may hold a full URL or request target, query string included. */
const URL_ATTRIBUTES = ["http.url", "http.target", "url.full", "next.url"] as const;

/**
 * Drops query strings from span names and URL attributes as each span starts: a reset link's
 * token, an ABDM transaction id or a phone number in an outbound call's query must never reach a
 * trace backend. Next names its request spans "GET /path?query" and @vercel/otel names fetch spans
 * "fetch GET https://host/path?query", both with the URL in an attribute as well.
 */
export class StripQuerySpanProcessor implements SpanProcessor {
  onStart(span: Span): void {
    const name = withoutQuery(span.name);
    if (name !== span.name) span.updateName(name);
    for (const key of URL_ATTRIBUTES) {
      const value = span.attributes[key];
      if (typeof value === "string") span.setAttribute(key, withoutQuery(value));
    }
    if (span.attributes["url.query"] !== undefined) span.setAttribute("url.query", "");
  }

  onEnd(): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

import { isSpanContextValid, trace } from "@opentelemetry/api";

/**
 * The active span's ids for a log line, so a line found in the logs leads to its trace (and a
 * trace to its lines). Empty outside a span, and when no tracer provider is registered (scripts,
 * tests), where the active span is absent or carries the all-zero invalid ids.
 */
export function traceFields(): { trace_id?: string; span_id?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  if (!context || !isSpanContextValid(context)) return {};
  return { trace_id: context.traceId, span_id: context.spanId };
}

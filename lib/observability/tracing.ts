import { registerOTel, type Configuration } from "@vercel/otel";
import { StripQuerySpanProcessor } from "./strip-query-processor";

type TracingEnv = Partial<
  Record<
    "OTEL_EXPORTER_OTLP_ENDPOINT" | "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" | "VERCEL_OTEL_ENDPOINTS",
    string
  >
>;

/** Whether spans leave the process: an OTLP endpoint is set, or Vercel's trace collector is on. */
export function exportsTraces(source: TracingEnv): boolean {
  return Boolean(
    source.OTEL_EXPORTER_OTLP_ENDPOINT ||
    source.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ||
    source.VERCEL_OTEL_ENDPOINTS,
  );
}

/**
 * The OpenTelemetry setup. With an exporter, every span is recorded and sent over OTLP in batches
 * (OTEL_TRACES_SAMPLER may thin them out). Without one, the sampler drops every span: spans still
 * get ids, which propagate and reach the logs as trace_id/span_id, but nothing is recorded, so
 * an unexported trace costs next to nothing. (@vercel/otel's default would otherwise record every
 * span and post it to http://localhost:4318.)
 */
export function tracingConfiguration(source: TracingEnv): Configuration {
  // @vercel/otel's default instrumentation gives outbound fetch and node:http calls (Resend,
  // Twilio, MSG91, ABDM, Razorpay, QStash, the AI model) client spans, and sends the trace context
  // to none of them (only to the app's own Vercel URLs).
  const base: Configuration = { serviceName: "swasthai" };
  if (exportsTraces(source)) {
    return { ...base, spanProcessors: [new StripQuerySpanProcessor(), "auto"] };
  }
  return { ...base, traceSampler: "always_off", spanProcessors: [] };
}

/** Registers the tracer provider once per server instance (instrumentation.ts). */
export function registerTracing(): void {
  registerOTel(
    tracingConfiguration({
      OTEL_EXPORTER_OTLP_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_ENDPOINT,
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
      VERCEL_OTEL_ENDPOINTS: process.env.VERCEL_OTEL_ENDPOINTS,
    }),
  );
}

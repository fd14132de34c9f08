import { registerOTel, type Configuration } from "@vercel/otel";
import { StripQuerySpanProcessor } from "./strip-query-processor";
import { exportsTraces, type TracingEnv } from "./trace-export";

/**
 * The OpenTelemetry setup when spans have somewhere to go: every span recorded and sent over OTLP
 * in batches (OTEL_TRACES_SAMPLER may thin them out), query strings stripped first. Null when
 * nothing exports them: then no provider is registered and the API stays a no-op.
 */
export function tracingConfiguration(source: TracingEnv): Configuration | null {
  if (!exportsTraces(source)) return null;
  // @vercel/otel's default instrumentation gives outbound fetch and node:http calls (Resend,
  // Twilio, MSG91, ABDM, Razorpay, QStash, the AI model) client spans, and sends the trace context
  // to none of them (only to the app's own Vercel URLs).
  return { serviceName: "swasthai", spanProcessors: [new StripQuerySpanProcessor(), "auto"] };
}

/** Registers the tracer provider once per server instance (instrumentation.ts), if it exports. */
export function registerTracing(): void {
  const configuration = tracingConfiguration({
    OTEL_EXPORTER_OTLP_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_ENDPOINT,
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
    VERCEL_OTEL_ENDPOINTS: process.env.VERCEL_OTEL_ENDPOINTS,
  });
  if (configuration) registerOTel(configuration);
}

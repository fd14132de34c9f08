/** Where OpenTelemetry looks for a destination for its spans. */
export type TracingEnv = Partial<
  Record<
    "OTEL_EXPORTER_OTLP_ENDPOINT" | "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT" | "VERCEL_OTEL_ENDPOINTS",
    string
  >
>;

/**
 * Whether spans leave the process: an OTLP endpoint is set, or Vercel's trace collector is on.
 * Without one, tracing is off altogether (no provider, no database wrappers): a provider that
 * records nothing still cost 15-20% of requests per second in the bench, for ids nobody can look up.
 */
export function exportsTraces(source: TracingEnv): boolean {
  return Boolean(
    source.OTEL_EXPORTER_OTLP_ENDPOINT ||
    source.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ||
    source.VERCEL_OTEL_ENDPOINTS,
  );
}

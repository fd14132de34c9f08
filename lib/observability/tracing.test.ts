import { SpanKind } from "@opentelemetry/api";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from "@opentelemetry/sdk-trace-base";
import { describe, expect, it } from "vitest";
import { statementAttributes } from "./db-spans";
import { StripQuerySpanProcessor } from "./strip-query-processor";
import { exportsTraces } from "./trace-export";
import { tracingConfiguration } from "./tracing";

describe("tracing configuration", () => {
  it("without an endpoint registers nothing, so tracing costs nothing and posts nothing", () => {
    expect(exportsTraces({})).toBe(false);
    expect(tracingConfiguration({})).toBeNull();
  });

  it.each([
    ["OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"],
    ["OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "https://api.honeycomb.io/v1/traces"],
    ["VERCEL_OTEL_ENDPOINTS", "1"],
  ])("with %s exports through the default processors, query strings stripped first", (key, url) => {
    const config = tracingConfiguration({ [key]: url })!;
    expect(config.serviceName).toBe("swasthai");
    expect(config.traceSampler).toBeUndefined();
    expect(config.spanProcessors?.[0]).toBeInstanceOf(StripQuerySpanProcessor);
    expect(config.spanProcessors?.[1]).toBe("auto");
  });
});

describe("query strings never reach a span", () => {
  it("strips them from span names and URL attributes of request and fetch spans", () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({
      spanProcessors: [new StripQuerySpanProcessor(), new SimpleSpanProcessor(exporter)],
    });
    const tracer = provider.getTracer("test");
    tracer
      .startSpan("GET /reset-password?token=9f8e7d", {
        kind: SpanKind.SERVER,
        attributes: { "http.target": "/reset-password?token=9f8e7d" },
      })
      .end();
    tracer
      .startSpan("fetch GET https://control.msg91.com/api/v5/otp?mobile=919876543210", {
        kind: SpanKind.CLIENT,
        attributes: {
          "http.url": "https://control.msg91.com/api/v5/otp?mobile=919876543210",
          "http.host": "control.msg91.com",
        },
      })
      .end();
    const [request, outbound] = exporter.getFinishedSpans() as [ReadableSpan, ReadableSpan];
    expect(request.name).toBe("GET /reset-password");
    expect(request.attributes["http.target"]).toBe("/reset-password");
    expect(outbound.name).toBe("fetch GET https://control.msg91.com/api/v5/otp");
    expect(outbound.attributes["http.url"]).toBe("https://control.msg91.com/api/v5/otp");
    expect(JSON.stringify(exporter.getFinishedSpans().map((s) => s.attributes))).not.toMatch(
      /token|9876543210/,
    );
  });
});

describe("statement attributes", () => {
  it("names the operation by the statement's first keyword", () => {
    expect(statementAttributes('  UPDATE "users" set "name" = $1')["db.operation"]).toBe("update");
    expect(statementAttributes("with x as (select 1) select * from x")["db.operation"]).toBe(
      "with",
    );
  });
});

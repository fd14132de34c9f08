import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { startInMemoryTracing } from "@/tests/in-memory-tracing";
import { createLogger } from "./logger";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { logger: createLogger("info", stream), lines };
}

const tracing = startInMemoryTracing();
afterAll(() => tracing.stop());

describe("log lines and traces", () => {
  it("a line written inside a span carries that span's trace id and span id", async () => {
    const { logger, lines } = capture();
    const ids = await tracing.tracer.startActiveSpan("GET /appointments", async (span) => {
      await Promise.resolve(); // across an await, as in a request handler
      logger.info({ appointmentId: 7 }, "booked");
      span.end();
      return span.spanContext();
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: "booked",
      appointmentId: 7,
      trace_id: ids.traceId,
      span_id: ids.spanId,
    });
    expect(ids.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it("a line outside any span has no trace fields", () => {
    const { logger, lines } = capture();
    logger.info("started");
    expect(lines[0]).not.toHaveProperty("trace_id");
    expect(lines[0]).not.toHaveProperty("span_id");
  });

  it("still redacts secrets", () => {
    const { logger, lines } = capture();
    logger.info({ password: "Swasth@2026", user: { token: "abc" } }, "sign-in");
    expect(JSON.stringify(lines[0])).not.toContain("Swasth@2026");
    expect(JSON.stringify(lines[0])).not.toContain("abc");
  });
});

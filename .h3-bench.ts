import { trace } from "@opentelemetry/api";
import { BasicTracerProvider, AlwaysOffSampler, NoopSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { sql } from "drizzle-orm";
import { instrumentPglite } from "./lib/observability/db-spans";

const plain = drizzle({ client: new PGlite() });
const wrapped = drizzle({ client: instrumentPglite(new PGlite()) });
const N = 3000;
async function run(db: typeof plain) {
  const t = performance.now();
  for (let i = 0; i < N; i++) await db.execute(sql`select ${i}::int as n`);
  return performance.now() - t;
}
await run(plain); await run(wrapped); // warm up
const phases: Array<[string, () => void]> = [
  ["no provider", () => {}],
  ["always_off (no OTLP)", () => trace.setGlobalTracerProvider(new BasicTracerProvider({ sampler: new AlwaysOffSampler() }))],
  ["recording, no-op processor", () => trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new NoopSpanProcessor()] }))],
];
for (const [name, setup] of phases) {
  trace.disable(); setup();
  let a = 0, b = 0;
  for (let r = 0; r < 3; r++) { a += await run(plain); b += await run(wrapped); }
  console.log(`${name}: plain ${(a / 3 / N * 1000).toFixed(1)} us/query, wrapped ${(b / 3 / N * 1000).toFixed(1)} us/query, ratio ${(a / b).toFixed(3)}`);
}

// Proves tracing end to end on a finished production build (`.next`, or NEXT_DIST_DIR): starts
// `next start` on a fresh embedded database with OTLP pointed at a fake collector, makes a request
// with a phone number in its query string, and checks what the collector received: the request's
// span, its "db.query" children with SQL text, no query string and no phone number anywhere, and
// the request's log line carrying the same trace id. Exits non-zero with a reason on failure.
// TRACING_CHECK_DATABASE_URL (an empty PostgreSQL database) runs it on postgres.js instead.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const appPort = Number(process.env.TRACING_CHECK_PORT ?? 3425);
const collectorPort = Number(process.env.TRACING_CHECK_COLLECTOR_PORT ?? 3426);
const deadline = Date.now() + Number(process.env.TRACING_CHECK_TIMEOUT_MS ?? 150_000);
const phone = "9876543210";

const received = [];
const collector = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    if (req.url === "/v1/traces") received.push(JSON.parse(body));
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
await new Promise((resolve) => collector.listen(collectorPort, "127.0.0.1", resolve));

const dataDir = mkdtempSync(path.join(tmpdir(), "swasthai-tracing-"));
const postgresUrl = process.env.TRACING_CHECK_DATABASE_URL;
// Production on PostgreSQL refuses to start without these (see lib/boot.ts).
const database = postgresUrl
  ? {
      DATABASE_URL: postgresUrl,
      DB_AUTO_MIGRATE: "1",
      APP_URL: `http://127.0.0.1:${appPort}`,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      RATE_LIMIT_BY_IP: "off",
    }
  : { DATABASE_URL: "", PGLITE_DIR: path.join(dataDir, "db") };
let log = "";
const server = spawn("npx", ["next", "start", "-p", String(appPort), "-H", "127.0.0.1"], {
  detached: true, // its own process group: stopping it stops next-server too
  env: {
    ...process.env,
    ...database,
    UPLOAD_DIR: path.join(dataDir, "uploads"),
    SEED_DEMO: "0",
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    NEXT_TELEMETRY_DISABLED: "1",
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `http://127.0.0.1:${collectorPort}/v1/traces`,
    OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
  },
  stdio: ["ignore", "pipe", "pipe"],
});
server.stdout.on("data", (chunk) => (log += chunk));
server.stderr.on("data", (chunk) => (log += chunk));

function stop() {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
  collector.close();
  rmSync(dataDir, { recursive: true, force: true });
}

function fail(reason) {
  console.error(`tracing check FAILED: ${reason}\n--- server output ---\n${log.slice(-4000)}`);
  stop();
  process.exit(1);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const base = `http://127.0.0.1:${appPort}`;

let readiness;
while (true) {
  if (Date.now() > deadline) fail("the server did not become ready in time");
  if (server.exitCode !== null) fail(`the server exited with ${server.exitCode}`);
  const ready = await fetch(`${base}/api/v1/health/ready`).catch(() => null);
  if (ready?.ok) {
    readiness = await ready.json();
    break;
  }
  await sleep(1000);
}
const driver = readiness.data.checks.database.adapter;
if (driver !== (postgresUrl ? "postgres" : "pglite")) fail(`the server runs on ${driver}`);

const response = await fetch(`${base}/api/v1/doctors?city=Pune&phone=${phone}`);
if (!response.ok) fail(`GET /api/v1/doctors answered ${response.status}`);
await response.text();

/** Every exported span, flattened, with attributes as a plain object. */
function spans() {
  return received.flatMap((payload) =>
    (payload.resourceSpans ?? []).flatMap((rs) =>
      (rs.scopeSpans ?? []).flatMap((ss) =>
        (ss.spans ?? []).map((span) => ({
          ...span,
          attrs: Object.fromEntries(
            (span.attributes ?? []).map((a) => [a.key, Object.values(a.value ?? {})[0]]),
          ),
        })),
      ),
    ),
  );
}

// The batch processor sends every few seconds; wait for the request's database spans.
let request;
let queries = [];
while (Date.now() < deadline) {
  request = spans().find(
    (s) => s.kind === 2 && String(s.attrs["http.target"] ?? s.name).includes("/api/v1/doctors"),
  );
  queries = request
    ? spans().filter((s) => s.name === "db.query" && s.traceId === request.traceId)
    : [];
  if (queries.length > 0) break;
  await sleep(1000);
}
if (!request) fail("no server span for GET /api/v1/doctors reached the collector");
if (queries.length === 0) fail("no db.query span in the request's trace");
const statement = String(queries[0].attrs["db.statement"] ?? "");
if (!/^select /i.test(statement)) fail(`db.statement is not the SQL text: ${statement}`);
const exported = JSON.stringify(received);
if (exported.includes(phone)) fail("the phone number from the query string reached the collector");
if (exported.includes("phone=")) fail("a query string reached the collector");

const apiLine = log
  .split("\n")
  .filter((line) => line.startsWith("{"))
  .map((line) => JSON.parse(line))
  .find((line) => line.msg === "api" && line.path === "/api/v1/doctors");
if (!apiLine) fail("no api log line for /api/v1/doctors");
if (apiLine.trace_id !== request.traceId) {
  fail(`the log line's trace_id ${apiLine.trace_id} is not the request's ${request.traceId}`);
}

const trace = spans().filter((s) => s.traceId === request.traceId);
console.log(
  `tracing ok on ${driver}: trace ${request.traceId} has ${trace.length} spans (${queries.length} db.query), no query string, and its log line carries the trace id`,
);
for (const s of trace)
  console.log(
    `  ${s.name}${s.attrs["db.statement"] ? `: ${String(s.attrs["db.statement"]).slice(0, 90)}` : ""}`,
  );
stop();
process.exit(0);

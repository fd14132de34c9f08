import { SpanKind, SpanStatusCode, trace, type Span } from "@opentelemetry/api";

/**
 * One "db.query" span per statement the app sends, on both drivers (neither postgres.js nor PGlite
 * is instrumented by OpenTelemetry, and drizzle's own tracer is dormant). The span carries the SQL
 * text only: drizzle sends values as bind parameters ($1, $2, ...), and those are never read here,
 * since they hold names, phone numbers and health data. With tracing off (no provider, or a
 * sampler that drops the request) the tracer hands back a non-recording span and nothing else runs.
 */
const tracer = trace.getTracer("swasthai-db");

/** Longest statement text kept on a span; generated SQL of a wide select runs to a few KB. */
export const STATEMENT_LIMIT = 1000;

/** Starts the span of one statement; undefined when nobody records it (the cheap path). */
function startQuerySpan(statement: string): Span | undefined {
  const span = tracer.startSpan("db.query", { kind: SpanKind.CLIENT });
  if (!span.isRecording()) return undefined;
  span.setAttributes(statementAttributes(statement));
  return span;
}

/** The attributes of one statement: the system, its first keyword and its text, never its values. */
export function statementAttributes(statement: string): Record<string, string> {
  const text = statement.trim();
  return {
    "db.system": "postgresql",
    "db.operation": (/^[a-z]+/i.exec(text)?.[0] ?? "unknown").toLowerCase(),
    "db.statement": text.length > STATEMENT_LIMIT ? `${text.slice(0, STATEMENT_LIMIT)}…` : text,
  };
}

function fail(span: Span, error: unknown): void {
  // The driver's message (e.g. a constraint name) helps; PostgreSQL's DETAIL, which may quote a
  // row's values, is a separate field and stays off the span.
  span.setStatus({
    code: SpanStatusCode.ERROR,
    message: error instanceof Error ? error.message : "query failed",
  });
  span.setAttribute("error.type", (error as { code?: string })?.code ?? "error");
}

/** Ends `span` when `outcome` settles, recording a failure; `outcome` itself is left untouched. */
function endWith(span: Span, outcome: PromiseLike<unknown>): void {
  outcome.then(
    () => span.end(),
    (error: unknown) => {
      fail(span, error);
      span.end();
    },
  );
}

// --- postgres.js ------------------------------------------------------------------------------

type Unsafe = (query: string, params?: unknown, options?: unknown) => PromiseLike<unknown>;
interface PostgresJsLike {
  unsafe: Unsafe;
  begin?: (...args: unknown[]) => Promise<unknown>;
  savepoint?: (...args: unknown[]) => Promise<unknown>;
}

/**
 * Wraps what drizzle calls on a postgres.js client: `unsafe` (every select, insert, prepared
 * statement and raw execute goes through it), and `begin`/`savepoint`, whose callbacks get a
 * transaction-bound client that is wrapped the same way. postgres.js runs a query only once it
 * is awaited, one microtask later, so drizzle's `.values()` on the returned query still applies.
 */
export function instrumentPostgresJs<T extends object>(client: T): T {
  const sql = client as unknown as PostgresJsLike;
  const unsafe = sql.unsafe;
  sql.unsafe = function (query, params, options) {
    const span = startQuerySpan(query);
    const result = unsafe.call(this, query, params, options);
    if (span) endWith(span, result);
    return result;
  };
  for (const name of ["begin", "savepoint"] as const) {
    const original = sql[name];
    if (!original) continue;
    sql[name] = function (...args: unknown[]) {
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === "function") {
        args[last] = (tx: object) => callback(instrumentPostgresJs(tx));
      }
      return original.apply(this, args);
    };
  }
  return client;
}

// --- PGlite -------------------------------------------------------------------------------------

interface PgliteLike {
  query: (query: string, ...rest: unknown[]) => Promise<unknown>;
  exec: (query: string, ...rest: unknown[]) => Promise<unknown>;
  transaction?: (callback: (tx: object) => Promise<unknown>) => Promise<unknown>;
}

/** Wraps PGlite's `query` and `exec`, and the same two on the object a transaction hands out. */
export function instrumentPglite<T extends object>(client: T): T {
  const pg = client as unknown as PgliteLike;
  for (const name of ["query", "exec"] as const) {
    const original = pg[name];
    pg[name] = function (query: string, ...rest: unknown[]) {
      const span = startQuerySpan(query);
      const result = original.call(this, query, ...rest);
      if (span) endWith(span, result);
      return result;
    };
  }
  const transaction = pg.transaction;
  if (transaction) {
    pg.transaction = function (callback) {
      return transaction.call(this, (tx) => callback(instrumentPglite(tx)));
    };
  }
  return client;
}

import { SpanStatusCode } from "@opentelemetry/api";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db, preparedOnce } from "@/db/client";
import { users } from "@/db/schema";
import { createUser } from "@/tests/factories";
import { startInMemoryTracing } from "@/tests/in-memory-tracing";
import { STATEMENT_LIMIT } from "./db-spans";

const tracing = startInMemoryTracing();
afterAll(() => tracing.stop());
beforeEach(() => tracing.reset());

/** Runs `work` inside a "request" span; answers that span's id and the db.query spans under it. */
async function inRequest(work: () => Promise<unknown>) {
  const requestSpanId = await tracing.tracer.startActiveSpan("GET /test", async (span) => {
    try {
      await work();
    } catch {
      // a failing query is what some tests look at
    } finally {
      span.end();
    }
    return span.spanContext().spanId;
  });
  const queries = tracing
    .spans()
    .filter((s) => s.name === "db.query" && s.parentSpanContext?.spanId === requestSpanId);
  return { queries, statements: queries.map((s) => String(s.attributes["db.statement"])) };
}

/** Everything a trace backend would receive of these spans, as text. */
function exported(spans: ReadonlyArray<ReadableSpan>): string {
  return JSON.stringify(spans.map((s) => [s.name, s.attributes, s.events, s.status]));
}

describe("database query spans", () => {
  it("a query inside a request is a child db.query span with its SQL and none of its values", async () => {
    const patient = await createUser({ email: "asha.patel@example.in", phone: "+919876543210" });
    const { queries } = await inRequest(() =>
      db.select({ id: users.id }).from(users).where(eq(users.email, "asha.patel@example.in")),
    );
    expect(queries).toHaveLength(1);
    const attributes = queries[0]!.attributes;
    expect(attributes["db.system"]).toBe("postgresql");
    expect(attributes["db.operation"]).toBe("select");
    expect(attributes["db.statement"]).toMatch(
      /^select "id" from "users" where "users"."email" = \$1/,
    );
    expect(exported(queries)).not.toContain("asha.patel");
    expect(patient.id).toBeGreaterThan(0);
  });

  it("an insert's values stay off the span", async () => {
    const { queries } = await inRequest(() =>
      createUser({ email: "ravi@example.in", phone: "+919812345678", fullName: "Ravi Kumar" }),
    );
    const insert = queries.find((s) => s.attributes["db.operation"] === "insert");
    expect(insert?.attributes["db.statement"]).toContain('insert into "users"');
    const recorded = exported(queries);
    for (const value of ["ravi@example.in", "9812345678", "Ravi Kumar"]) {
      expect(recorded).not.toContain(value);
    }
  });

  it("statements inside a transaction and a prepared statement get spans too", async () => {
    const byEmail = preparedOnce("test.userByEmail", (on) =>
      on
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, sql.placeholder("email")))
        .prepare("test_user_by_email"),
    );
    const { statements } = await inRequest(async () => {
      await db.transaction(async (tx) => {
        await tx.execute(sql`select count(*) from users where role = ${"doctor"}`);
      });
      await byEmail.execute({ email: "meera@example.in" });
    });
    expect(statements).toContain("select count(*) from users where role = $1");
    expect(statements.some((s) => s.startsWith('select "id" from "users"'))).toBe(true);
    expect(statements.join("\n")).not.toContain("meera@example.in");
  });

  it("a failing query is an error span", async () => {
    const { queries } = await inRequest(() => db.execute(sql`select * from no_such_table`));
    expect(queries).toHaveLength(1);
    expect(queries[0]!.status.code).toBe(SpanStatusCode.ERROR);
    expect(queries[0]!.status.message).toContain("no_such_table");
  });

  it("a long statement is cut to the limit", async () => {
    const { statements } = await inRequest(() =>
      db.execute(sql.raw(`select 1 /* ${"x".repeat(3000)} */`)),
    );
    expect(statements[0]!.length).toBe(STATEMENT_LIMIT + 1);
    expect(statements[0]!.endsWith("…")).toBe(true);
  });
});

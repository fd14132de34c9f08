// The exact SQL behind `GET /api/v1/doctors?<search>`, for B-bare and EXPLAIN: the query string is
// parsed by the route's own schema and `listDoctors` itself builds the statement; a drizzle logger
// (and, for the page statement, which bypasses drizzle's execution, the connection's `rows`)
// records each statement and its parameters as they go to PostgreSQL.
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db, DbDriver } from "@/db/client";
import * as schema from "@/db/schema";
import { listDoctors } from "@/lib/doctors/queries";
import { doctorListQuerySchema } from "@/lib/doctors/schemas";

export interface DoctorsSql {
  /** The query string it was built from (without "?"). */
  search: string;
  text: string;
  params: unknown[];
  rows: number;
  total: number;
}

interface Connection {
  db: Db;
  driver: DbDriver;
  close: () => Promise<void>;
  rows: <T>(text: string, params: unknown[]) => Promise<T[]>;
}

/**
 * Runs `listDoctors` once on `url` and returns the page statement it sent: the first one that reads
 * the doctors table (before it go the list version's read and, for free text, the word lookup).
 */
export async function doctorsListSql(url: string, search: string): Promise<DoctorsSql> {
  const query = doctorListQuerySchema.parse(Object.fromEntries(new URLSearchParams(search)));
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const statements: { text: string; params: unknown[] }[] = [];
  const db = drizzle({
    client,
    schema,
    casing: "snake_case",
    logger: { logQuery: (text, params) => void statements.push({ text, params }) },
  }) as unknown as Db;

  // db/client.ts resolves its process-wide connection from this global on every query.
  const holder = globalThis as unknown as { __swasthaiDb?: Connection };
  const previous = holder.__swasthaiDb;
  holder.__swasthaiDb = {
    db,
    driver: "postgres",
    close: () => client.end(),
    rows: <T>(text: string, params: unknown[]) => {
      statements.push({ text, params });
      return client.unsafe(text, params as never[], { prepare: true }) as unknown as Promise<T[]>;
    },
  };
  try {
    const page = await listDoctors(query);
    const statement = statements.find((s) => /\bfrom "doctors"/.test(s.text));
    if (!statement) throw new Error("listDoctors sent no statement reading the doctors table");
    return { search, ...statement, rows: page.data.length, total: page.meta.total };
  } finally {
    holder.__swasthaiDb = previous;
    await client.end({ timeout: 5 });
  }
}

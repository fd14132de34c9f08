import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import postgres from "postgres";
import { sql } from "drizzle-orm";

// Runs before each integration test file, before the file imports anything that opens the db.
const templateUrl = inject("templateDatabaseUrl");
let dropDatabase: (() => Promise<void>) | undefined;

if (templateUrl) {
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `swasthai_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(templateUrl.replace(/\/[^/]*$/, "/postgres"), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}" template "${template}"`);
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
} else {
  process.env.DATABASE_URL = "pglite://memory";
}

const { db, dbDriver, closeDb, queryRows } = await import("@/db/client");

beforeAll(async () => {
  if (dbDriver() === "pglite") {
    const { migrateDatabase } = await import("@/db/migrate");
    await migrateDatabase();
  }
});

// Every test starts from empty tables, whatever the one before it wrote.
beforeEach(async () => {
  const list = await queryRows<{ tablename: string }>(
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  if (list.length === 0) return;
  const names = list.map((r) => `"${r.tablename}"`).join(", ");
  await db.execute(sql.raw(`truncate ${names} restart identity cascade`));
});

afterAll(async () => {
  await closeDb();
  await dropDatabase?.();
});

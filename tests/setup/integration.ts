import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import postgres from "postgres";
import { sql } from "drizzle-orm";

// Runs before each integration test file, before the file imports anything that opens the db.
const templateUrl = inject("templateDatabaseUrl");
let dropDatabase: (() => Promise<void>) | undefined;

if (templateUrl) {
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `swasthai_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(templateUrl.replace(/\/[^/]*$/, "/postgres"), {
    max: 1,
    onnotice: () => {},
  });
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

const { db, dbDriver, closeDb } = await import("@/db/client");
const { flushDeferred } = await import("@/lib/tasks/defer");

beforeAll(async () => {
  if (dbDriver() === "pglite") {
    const { migrateDatabase } = await import("@/db/migrate");
    await migrateDatabase();
  }
});

// Every test starts from empty tables, whatever the one before it wrote. DELETE with foreign-key
// triggers off (replica role) is far cheaper than TRUNCATE of ~50 mostly empty tables.
beforeEach(async () => {
  await db.execute(
    sql.raw(`do $$
    declare r record;
    begin
      set local session_replication_role = replica;
      for r in select tablename from pg_tables where schemaname = 'public' loop
        execute format('delete from %I', r.tablename);
      end loop;
      -- Triggers are off here, so bump the doctor list's version as they would have: remembered
      -- pages of the list (lib/doctors/queries.ts) must not outlive the rows they showed.
      perform nextval('doctor_list_version');
    end $$`),
  );
});

// Work a test deferred past its answer (mails after forgot-password) finishes inside that test:
// otherwise it writes into the next test's empty tables or dies when the database is dropped.
afterEach(() => flushDeferred());

afterAll(async () => {
  await closeDb();
  await dropDatabase?.();
});

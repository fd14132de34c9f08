import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

const journal = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../drizzle/meta/_journal.json"), "utf8"),
) as { entries: { when: number }[] };

// With TEST_DATABASE_URL the setup points DATABASE_URL at this file's own PostgreSQL database; an
// empty sibling of it plays the production database that two deploys migrate at once.
const fileUrl = process.env.DATABASE_URL ?? "";
const onPostgres = /^postgres(ql)?:\/\//.test(fileUrl);

describe.skipIf(!onPostgres)("migrations on PostgreSQL", () => {
  const emptyUrl = new URL(fileUrl || "postgres://unused/unused");
  const emptyName = `${emptyUrl.pathname.slice(1)}_mig`;
  emptyUrl.pathname = `/${emptyName}`;
  const admin = postgres(fileUrl, { max: 1, onnotice: () => {} });

  afterAll(async () => {
    await admin.unsafe(`drop database if exists "${emptyName}" with (force)`);
    await admin.end();
  });

  it("two deploys migrating one empty database at once both succeed and apply each migration once", async () => {
    await admin.unsafe(`create database "${emptyName}"`);
    // Each with its own pool, as two build machines would have.
    const first = connect(emptyUrl.toString());
    const second = connect(emptyUrl.toString());
    const inspect = postgres(emptyUrl.toString(), { max: 1, onnotice: () => {} });
    const appliedAt = async () =>
      (
        await inspect<{ created_at: string }[]>`
        select created_at from drizzle.__drizzle_migrations order by id`
      ).map((r) => Number(r.created_at));
    try {
      const outcomes = await Promise.allSettled([migrateDatabase(first), migrateDatabase(second)]);
      expect(outcomes.map((o) => (o.status === "rejected" ? String(o.reason) : o.status))).toEqual([
        "fulfilled",
        "fulfilled",
      ]);
      expect(await appliedAt()).toEqual(journal.entries.map((e) => e.when));
      const [users] = await inspect<{ n: number }[]>`select count(*)::int as n from users`;
      expect(users!.n).toBe(0);

      // A later deploy with nothing new finds nothing to apply.
      await migrateDatabase(first);
      expect(await appliedAt()).toHaveLength(journal.entries.length);
    } finally {
      await Promise.all([first.close(), second.close(), inspect.end()]);
    }
  });
});

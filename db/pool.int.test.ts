import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "@/db/client";

// With TEST_DATABASE_URL the setup points DATABASE_URL at this file's own PostgreSQL database.
const fileUrl = process.env.DATABASE_URL ?? "";
const onPostgres = /^postgres(ql)?:\/\//.test(fileUrl);

describe.skipIf(!onPostgres)("the connection pool on PostgreSQL", () => {
  const inspect = postgres(fileUrl, { max: 1, onnotice: () => {} });
  const database = new URL(fileUrl || "postgres://unused/unused").pathname.slice(1);
  const appConnections = async () =>
    Number(
      (
        await inspect<{ n: string }[]>`
          select count(*) as n from pg_stat_activity
          where datname = ${database} and application_name = 'swasthai'`
      )[0]?.n,
    );

  afterAll(async () => {
    await inspect.end();
  });

  it("opens every pooled connection at once, before any request needs one", async () => {
    const before = await appConnections();
    const previousMax = process.env.DB_POOL_MAX;
    process.env.DB_POOL_MAX = "3";
    const conn = connect(fileUrl);
    if (previousMax === undefined) delete process.env.DB_POOL_MAX;
    else process.env.DB_POOL_MAX = previousMax;
    try {
      await conn.open?.();
      expect(await appConnections()).toBe(before + 3);
    } finally {
      await conn.close();
    }
  });
});

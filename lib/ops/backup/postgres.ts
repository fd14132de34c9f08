import "server-only";
import { sql } from "drizzle-orm";
import { connect, queryRows } from "@/db/client";
import { compareSnapshots, type Comparison } from "./compare";
import { prepareOutput, removePartial } from "./files";
import { checkIntegrity, recordManifest, type Manifest } from "./manifest";
import { libpqConnection, requireToolAtLeast, runPgTool, serverMajor } from "./pg-tools";
import { readSnapshot, readSnapshotIn } from "./snapshot";
import { BackupError, describeTarget } from "./target";

/**
 * pg_dump in custom format. The counts and checksum for the manifest are read in the very snapshot
 * pg_dump dumps (pg_export_snapshot + --snapshot), so they describe the file even while the app
 * keeps writing.
 */
export async function backupPostgres(
  url: string,
  file: string,
  at = new Date(),
): Promise<Manifest> {
  await prepareOutput(file);
  const conn = connect(url);
  try {
    const [server] = await queryRows<{ num: string; version: string }>(
      sql`select current_setting('server_version_num') as num, current_setting('server_version') as version`,
      conn.db,
    );
    const pgDumpMajor = await requireToolAtLeast("pg_dump", serverMajor(server!.num), "the server");
    const { dbname, env } = libpqConnection(url);
    const snapshot = await conn.db.transaction(
      async (tx) => {
        const [exported] = await queryRows<{ id: string }>(
          sql`select pg_export_snapshot() as id`,
          tx,
        );
        const seen = await readSnapshotIn(tx);
        if (Object.keys(seen.tables).length === 0) {
          throw new BackupError(
            `${describeTarget({ engine: "postgres", url })} has no tables: nothing to back up (is DATABASE_URL the right database?)`,
          );
        }
        await runPgTool(
          "pg_dump",
          [
            "--format=custom",
            "--no-owner",
            "--no-acl",
            `--snapshot=${exported!.id}`,
            `--file=${file}`,
            `--dbname=${dbname}`,
          ],
          env,
        );
        return seen;
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    return await recordManifest(file, {
      engine: "postgres",
      at,
      source: describeTarget({ engine: "postgres", url }),
      serverVersion: server!.version,
      pgDumpMajor,
      snapshot,
    });
  } catch (error) {
    await removePartial(file);
    throw error;
  } finally {
    await conn.close();
  }
}

/**
 * pg_restore into an empty database (or, with force, over the objects the backup holds), in one
 * transaction that stops at the first error, then the same counts and checksum as at backup time.
 */
export async function restorePostgres(
  file: string,
  manifest: Manifest,
  url: string,
  { force = false } = {},
): Promise<Comparison> {
  await checkIntegrity(file, manifest);
  await requireToolAtLeast(
    "pg_restore",
    manifest.pgDumpMajor ?? 0,
    "the pg_dump that wrote the backup",
  );
  const conn = connect(url);
  try {
    const [existing] = await queryRows<{ n: number | string }>(
      sql`select count(*) as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
      conn.db,
    );
    const tables = Number(existing?.n ?? 0);
    if (tables > 0 && !force) {
      throw new BackupError(
        `${describeTarget({ engine: "postgres", url })} already has ${tables} tables: restore into ` +
          "an empty database, or pass --force to drop and recreate what the backup holds",
      );
    }
    const { dbname, env } = libpqConnection(url);
    await runPgTool(
      "pg_restore",
      [
        "--no-owner",
        "--no-acl",
        "--exit-on-error",
        "--single-transaction",
        ...(force ? ["--clean", "--if-exists"] : []),
        `--dbname=${dbname}`,
        file,
      ],
      env,
    );
    return compareSnapshots(manifest, await readSnapshot(conn.db));
  } finally {
    await conn.close();
  }
}

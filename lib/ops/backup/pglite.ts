import "server-only";
import { existsSync } from "node:fs";
import { readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import type { Db } from "@/db/client";
import { pgliteExtensions } from "@/db/pglite-extensions";
import * as schema from "@/db/schema";
import { compareSnapshots, type Comparison } from "./compare";
import { prepareOutput, removePartial, utcStamp } from "./files";
import { checkIntegrity, recordManifest, type Manifest } from "./manifest";
import { readSnapshot } from "./snapshot";
import { BackupError, describeTarget } from "./target";

/** Opens a data dir with the extensions db/client.ts uses (or fills a new one from a dump). */
function openPglite(dir: string, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create(dir, {
    extensions: pgliteExtensions,
    ...(loadDataDir ? { loadDataDir } : {}),
  });
}

const drizzleOver = (client: PGlite) =>
  drizzle({ client, schema, casing: "snake_case" }) as unknown as Db;

/**
 * PGlite's own dump: the data dir as a gzipped tarball. PGlite has one writer and no lock file, so
 * the app must be stopped while this runs (a second process on a live dir would read it torn).
 */
export async function backupPglite(dir: string, file: string, at = new Date()): Promise<Manifest> {
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    throw new BackupError(`no embedded database at ${dir}`);
  }
  await prepareOutput(file);
  const client = await openPglite(dir);
  try {
    const snapshot = await readSnapshot(drizzleOver(client));
    const version = await client.query<{ server_version: string }>("show server_version");
    const tarball = await client.dumpDataDir("gzip");
    await writeFile(file, Buffer.from(await tarball.arrayBuffer()), { flag: "wx" });
    return await recordManifest(file, {
      engine: "pglite",
      at,
      source: describeTarget({ engine: "pglite", dir }),
      serverVersion: version.rows[0]?.server_version ?? "unknown",
      snapshot,
    });
  } catch (error) {
    await removePartial(file);
    throw error;
  } finally {
    await client.close();
  }
}

export interface PgliteRestore {
  comparison: Comparison;
  /** Where --force moved the database that was there before, if any. */
  movedAside: string | null;
}

/**
 * Loads the tarball into a new data dir. An existing database is never overwritten: with force it
 * is moved to `<dir>.before-restore-<timestamp>` (and put back if the tarball will not load).
 */
export async function restorePglite(
  file: string,
  manifest: Manifest,
  dir: string,
  { force = false, at = new Date() } = {},
): Promise<PgliteRestore> {
  await checkIntegrity(file, manifest);
  let movedAside: string | null = null;
  if (await holdsFiles(dir)) {
    if (!force) {
      throw new BackupError(
        `${dir} already holds a database: restore into a new directory (--target pglite://<dir>), ` +
          "or pass --force to move the existing one aside",
      );
    }
    movedAside = `${dir}.before-restore-${utcStamp(at)}`;
    await rename(dir, movedAside);
  }
  let client: PGlite;
  try {
    client = await openPglite(dir, new Blob([await readFile(file)]));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (movedAside) await rename(movedAside, dir);
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupError(
      `could not load ${file}: ${reason}${movedAside ? ` (the previous database is back in ${dir})` : ""}`,
    );
  }
  try {
    return {
      comparison: compareSnapshots(manifest, await readSnapshot(drizzleOver(client))),
      movedAside,
    };
  } finally {
    await client.close();
  }
}

async function holdsFiles(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}

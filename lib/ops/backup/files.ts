import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { BackupError } from "./target";

/** 2026-12-06T08:10:37.123Z -> 20261206T081037Z: sorts by time, safe in every file system. */
export const utcStamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");

export const defaultBackupFile = (engine: "postgres" | "pglite", at: Date, dir = "backups") =>
  path.join(dir, `swasthai-${utcStamp(at)}${engine === "postgres" ? ".dump" : ".pglite.tar.gz"}`);

/** Which engine wrote a backup file, from its name. */
export function engineOfFile(file: string): "postgres" | "pglite" {
  if (file.endsWith(".pglite.tar.gz")) return "pglite";
  if (file.endsWith(".dump")) return "postgres";
  throw new BackupError(`${file}: expected a .dump (PostgreSQL) or .pglite.tar.gz (PGlite) backup`);
}

/** Creates the folder; refuses to overwrite an earlier backup. */
export async function prepareOutput(file: string): Promise<void> {
  if (existsSync(file)) throw new BackupError(`${file} already exists: not overwriting a backup`);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
}

/** A failed run leaves no half-written backup that could later pass for a good one. */
export const removePartial = (file: string) => rm(file, { force: true });

/** How many migrations this checkout ships (drizzle/meta/_journal.json). */
export async function codeMigrationCount(root = process.cwd()): Promise<number | null> {
  try {
    const journal = JSON.parse(
      await readFile(path.join(root, "drizzle/meta/_journal.json"), "utf8"),
    );
    return Array.isArray(journal.entries) ? journal.entries.length : null;
  } catch {
    return null;
  }
}

/** A note when the restored schema is behind or ahead of the code that will run on it. */
export function migrationNote(inBackup: number, inCode: number | null): string | null {
  if (inCode === null || inBackup === inCode) return null;
  return inBackup < inCode
    ? `the backup has ${inBackup} of this code's ${inCode} migrations: run npm run db:migrate before starting the app`
    : `the backup has ${inBackup} migrations but this code knows only ${inCode}: run the app version that made the backup`;
}

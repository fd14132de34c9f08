import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { DatabaseSnapshot } from "./compare";
import { BackupError } from "./target";

/** The small JSON file written next to every backup, so a restore can prove itself. */
export const manifestSchema = z.object({
  format: z.literal("swasthai-backup/1"),
  engine: z.enum(["postgres", "pglite"]),
  createdAt: z.iso.datetime(),
  /** Host and database name, or the PGlite directory; never credentials. */
  source: z.string(),
  serverVersion: z.string(),
  /** pg_dump's major version (PostgreSQL only): pg_restore must be at least as new. */
  pgDumpMajor: z.number().int().optional(),
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Rows in drizzle.__drizzle_migrations: how many app migrations the backup has applied. */
  migrations: z.number().int().nonnegative(),
  tables: z.record(z.string(), z.number().int().nonnegative()),
  appointmentsChecksum: z.string().nullable(),
});

export type Manifest = z.infer<typeof manifestSchema>;

export const manifestPathFor = (backupFile: string) => `${backupFile}.json`;

export async function writeManifest(backupFile: string, manifest: Manifest): Promise<string> {
  const target = manifestPathFor(backupFile);
  await writeFile(target, `${JSON.stringify(manifest, null, 2)}\n`, { flag: "wx" });
  return target;
}

/** What each engine knows about its backup; the file's own facts are read here. */
export type BackupFacts = Pick<Manifest, "engine" | "source" | "serverVersion" | "pgDumpMajor"> & {
  at: Date;
  snapshot: DatabaseSnapshot;
};

/** Describes a finished backup file (size, hash, migrations, the snapshot) and writes it beside. */
export async function recordManifest(backupFile: string, facts: BackupFacts): Promise<Manifest> {
  const { at, snapshot, pgDumpMajor, ...described } = facts;
  const manifest: Manifest = {
    format: "swasthai-backup/1",
    ...described,
    createdAt: at.toISOString(),
    ...(pgDumpMajor === undefined ? {} : { pgDumpMajor }),
    file: path.basename(backupFile),
    bytes: (await stat(backupFile)).size,
    sha256: await sha256File(backupFile),
    migrations: snapshot.tables["drizzle.__drizzle_migrations"] ?? 0,
    ...snapshot,
  };
  await writeManifest(backupFile, manifest);
  return manifest;
}

export async function readManifest(backupFile: string): Promise<Manifest> {
  const source = manifestPathFor(backupFile);
  let text: string;
  try {
    text = await readFile(source, "utf8");
  } catch {
    throw new BackupError(
      `no manifest at ${source}: a restore is verified against it, so keep it next to the backup`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError(`${source} is not JSON`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new BackupError(`${source} is not a SwasthAI backup manifest`);
  return parsed.data;
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/** A backup copied off-site and back must be the bytes the manifest describes. */
export async function checkIntegrity(backupFile: string, manifest: Manifest): Promise<void> {
  const actual = await sha256File(backupFile);
  if (actual !== manifest.sha256) {
    throw new BackupError(
      `${backupFile} does not match its manifest (sha256 ${actual.slice(0, 12)}…, expected ` +
        `${manifest.sha256.slice(0, 12)}…): the file is damaged or belongs to another backup`,
    );
  }
}

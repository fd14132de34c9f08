/**
 * npm run db:restore -- FILE [--target URL] [--force]
 *
 * Restores a db:backup file into --target (default DATABASE_URL, or the embedded PGlite dir), then
 * compares row counts of every table and the appointments checksum with the backup's manifest.
 * Refuses a database that already has tables (PostgreSQL) or data (PGlite dir) unless --force.
 * Exits non-zero on any mismatch. docs/backups.md.
 */
import { parseRestoreArgs, restoreUsage, runCli } from "@/lib/ops/backup/cli";
import { formatComparison } from "@/lib/ops/backup/compare";
import { codeMigrationCount, engineOfFile, migrationNote } from "@/lib/ops/backup/files";
import { readManifest } from "@/lib/ops/backup/manifest";
import { restorePglite } from "@/lib/ops/backup/pglite";
import { restorePostgres } from "@/lib/ops/backup/postgres";
import { BackupError, describeTarget, resolveTarget } from "@/lib/ops/backup/target";

await runCli("db:restore", restoreUsage, async () => {
  const args = parseRestoreArgs(process.argv.slice(2));
  const manifest = await readManifest(args.file);
  if (engineOfFile(args.file) !== manifest.engine) {
    throw new BackupError(`${args.file} and its manifest disagree about the engine`);
  }
  const target = resolveTarget(args.target ?? process.env.DATABASE_URL, process.env.PGLITE_DIR);
  if (target.engine !== manifest.engine) {
    throw new BackupError(
      manifest.engine === "postgres"
        ? "a PostgreSQL backup restores into PostgreSQL: --target postgres://..."
        : "a PGlite backup restores into a PGlite directory: --target pglite://<new dir>",
    );
  }
  console.log(
    `restoring ${args.file} (${manifest.source}, ${manifest.createdAt}) into ${describeTarget(target)}`,
  );
  const started = performance.now();
  let comparison;
  if (target.engine === "postgres") {
    comparison = await restorePostgres(args.file, manifest, target.url, { force: args.force });
  } else {
    const restored = await restorePglite(args.file, manifest, target.dir, { force: args.force });
    if (restored.movedAside)
      console.log(`the previous database was moved to ${restored.movedAside}`);
    comparison = restored.comparison;
  }
  console.log(`restored in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  console.log(formatComparison(comparison));
  const note = migrationNote(manifest.migrations, await codeMigrationCount());
  if (note) console.log(`note: ${note}`);
  if (!comparison.ok) console.error("db:restore: the restored database does not match the backup");
  return comparison.ok ? 0 : 1;
});

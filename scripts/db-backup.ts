/**
 * npm run db:backup [-- --out FILE]
 *
 * PostgreSQL (DATABASE_URL=postgres://...): pg_dump custom format -> backups/swasthai-<utc>.dump.
 * Embedded PGlite (DATABASE_URL unset or pglite://<dir>; stop the app first): the data dir as
 * backups/swasthai-<utc>.pglite.tar.gz. Either way a <file>.json manifest (row counts of every
 * table, appointments checksum, migrations) lets db:restore prove the restore. docs/backups.md.
 */
import { backupUsage, parseBackupArgs, runCli } from "@/lib/ops/backup/cli";
import { defaultBackupFile } from "@/lib/ops/backup/files";
import { backupPglite } from "@/lib/ops/backup/pglite";
import { backupPostgres } from "@/lib/ops/backup/postgres";
import { describeTarget, resolveTarget } from "@/lib/ops/backup/target";

await runCli("db:backup", backupUsage, async () => {
  const args = parseBackupArgs(process.argv.slice(2));
  const target = resolveTarget(process.env.DATABASE_URL, process.env.PGLITE_DIR);
  const at = new Date();
  const file = args.out ?? defaultBackupFile(target.engine, at);
  const started = performance.now();
  console.log(`backing up ${describeTarget(target)} -> ${file}`);
  const manifest =
    target.engine === "postgres"
      ? await backupPostgres(target.url, file, at)
      : await backupPglite(target.dir, file, at);
  const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
  console.log(
    `wrote ${file} (${(manifest.bytes / 1024).toFixed(0)} KiB) and ${file}.json in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s: ${Object.keys(manifest.tables).length} tables, ` +
      `${rows} rows, ${manifest.tables.appointments ?? 0} appointments (md5 ${manifest.appointmentsChecksum}), ` +
      `${manifest.migrations} migrations`,
  );
  return 0;
});

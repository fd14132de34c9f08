import { BackupError } from "./target";

export class UsageError extends Error {}

export interface BackupArgs {
  out: string | null;
}

export interface RestoreArgs {
  file: string;
  target: string | null;
  force: boolean;
}

export const backupUsage = "usage: npm run db:backup [-- --out FILE]";
export const restoreUsage = "usage: npm run db:restore -- FILE [--target URL] [--force]";

/** `--name value` or `--name=value`; returns the value and how many argv slots it used. */
function valueOf(argv: string[], i: number, name: string): [string, number] {
  const arg = argv[i]!;
  const value = arg.includes("=") ? arg.slice(name.length + 1) : argv[i + 1];
  if (!value || value.startsWith("--")) throw new UsageError(`${name} needs a value`);
  return [value, arg.includes("=") ? 1 : 2];
}

const isOption = (arg: string, name: string) => arg === name || arg.startsWith(`${name}=`);

export function parseBackupArgs(argv: string[]): BackupArgs {
  let out: string | null = null;
  for (let i = 0; i < argv.length;) {
    const arg = argv[i]!;
    if (isOption(arg, "--out")) {
      const [value, used] = valueOf(argv, i, "--out");
      out = value;
      i += used;
    } else if (arg === "--help" || arg === "-h") {
      throw new UsageError("");
    } else {
      throw new UsageError(`unknown argument ${arg}`);
    }
  }
  return { out };
}

export function parseRestoreArgs(argv: string[]): RestoreArgs {
  let file: string | null = null;
  let target: string | null = null;
  let force = false;
  for (let i = 0; i < argv.length;) {
    const arg = argv[i]!;
    if (isOption(arg, "--target")) {
      const [value, used] = valueOf(argv, i, "--target");
      target = value;
      i += used;
      continue;
    }
    if (arg === "--force") force = true;
    else if (arg === "--help" || arg === "-h") throw new UsageError("");
    else if (arg.startsWith("-")) throw new UsageError(`unknown argument ${arg}`);
    else if (file === null) file = arg;
    else throw new UsageError(`one backup file at a time (got ${file} and ${arg})`);
    i += 1;
  }
  if (file === null) throw new UsageError("which backup file?");
  return { file, target, force };
}

/**
 * Runs a command's main; a usage slip exits 2, a refused or failed backup/restore exits 1 with one
 * clear line (the stack only with DEBUG set).
 */
export async function runCli(name: string, usage: string, main: () => Promise<number>) {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) console.error(`${name}: ${error.message}`);
      console.error(usage);
      process.exitCode = error.message ? 2 : 0;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `${name} failed: ${error instanceof BackupError ? message : message.split("\n")[0]}`,
    );
    if (process.env.DEBUG && error instanceof Error && error.stack) console.error(error.stack);
    process.exitCode = 1;
  }
}

import { spawn } from "node:child_process";
import { BackupError } from "./target";

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" -> 15. */
export function parseToolMajor(versionOutput: string): number | null {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
  return match ? Number(match[1]) : null;
}

/** `show server_version_num` (150020) -> 15. */
export const serverMajor = (versionNum: number | string) => Math.floor(Number(versionNum) / 10_000);

const installAdvice = (major: number) =>
  `install the PostgreSQL ${major} client tools (Debian/Ubuntu: apt-get install ` +
  `postgresql-client-${major} from apt.postgresql.org; macOS: brew install postgresql@${major}) ` +
  `and put their bin directory first on PATH`;

/** The major version of pg_dump / pg_restore on PATH, or a clear error saying what to install. */
export async function toolMajor(tool: "pg_dump" | "pg_restore", wanted: number): Promise<number> {
  let output: string;
  try {
    output = await run(tool, ["--version"], {});
  } catch {
    throw new BackupError(`${tool} was not found: ${installAdvice(wanted)}`);
  }
  const major = parseToolMajor(output);
  if (major === null)
    throw new BackupError(`could not read ${tool}'s version from "${output.trim()}"`);
  return major;
}

/**
 * pg_dump refuses servers newer than itself; pg_restore cannot read archives from a newer pg_dump.
 * Checked up front so the message says what to install instead of a half-written file.
 */
export async function requireToolAtLeast(
  tool: "pg_dump" | "pg_restore",
  needed: number,
  because: string,
): Promise<number> {
  const major = await toolMajor(tool, needed);
  if (major < needed) {
    throw new BackupError(
      `${tool} ${major} is older than ${because} (${needed}): ${installAdvice(needed)}`,
    );
  }
  return major;
}

/**
 * libpq takes the URL as-is except the password, which goes through PGPASSWORD so that it never
 * shows in `ps` or in an error message.
 */
export function libpqConnection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** Runs a PostgreSQL client tool; a failure carries the tool's own last lines of stderr. */
export function runPgTool(
  tool: "pg_dump" | "pg_restore",
  args: string[],
  env: Record<string, string>,
): Promise<string> {
  return run(tool, args, env).catch((error: unknown) => {
    throw new BackupError(`${tool} failed: ${error instanceof Error ? error.message : error}`);
  });
}

function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) return resolve(stdout);
      const tail = stderr.trim().split("\n").slice(-5).join("\n");
      reject(new Error(tail || `exited with ${signal ?? `code ${code}`}`));
    });
  });
}

// The source the bench builds: a copy of one commit (default) or of the working tree, in
// .next-bench/src. The tree is shared by several engineers at once: their unfinished files must
// neither break the build nor end up in the numbers recorded against a commit, and the build must
// not rewrite the shared tsconfig.json and next-env.d.ts. The copy lives inside the repository
// (ignored by git, skipped by tsc's wildcards), so its modules resolve from the root node_modules.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

/** The files `npm run bench` owns: always taken from the working tree. */
export const benchPaths = [
  "scripts/bench.ts",
  "scripts/bench",
  "app/api/bench",
  "app/(site)/(bench)",
];

export interface Snapshot {
  dir: string;
  source: "commit" | "tree";
  commit: string;
  /** Tracked or untracked paths that differ from the commit in what was built. */
  uncommitted: string[];
}

const git = (args: string[]) =>
  execFileSync("git", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** Empties `dir` except the entries in `keep` (the previous build, for Turbopack's cache). */
function clear(dir: string, keep: string[]): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) {
    if (!keep.includes(entry)) rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
}

function copyPaths(paths: string[], dir: string): void {
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const target = path.join(dir, p);
    mkdirSync(path.dirname(target), { recursive: true });
    cpSync(p, target, { recursive: true });
  }
}

export function snapshot(dir: string, source: "commit" | "tree", keep: string[]): Snapshot {
  const commit = git(["rev-parse", "--short", "HEAD"]).trim();
  const full = git(["rev-parse", "HEAD"]).trim();
  clear(dir, keep);
  let uncommitted: string[];
  if (source === "commit") {
    execFileSync("sh", ["-c", `git archive ${full} | tar -x -C "$0"`, dir]);
    copyPaths(benchPaths, dir);
    uncommitted = changedPaths(benchPaths);
  } else {
    const files = git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
      .split("\0")
      .filter((f) => f && existsSync(f));
    copyPaths(files, dir);
    uncommitted = changedPaths([]);
  }
  // One lockfile (the repository's) keeps Next from warning about a second workspace root.
  rmSync(path.join(dir, "package-lock.json"), { force: true });
  return { dir, source, commit, uncommitted };
}

/** Paths whose working-tree state differs from HEAD (all of them, or those under `only`). */
function changedPaths(only: string[]): string[] {
  return git(["status", "--porcelain", "--untracked-files=all", "--", ...only])
    .split("\n")
    .filter(Boolean)
    .map((line) => line.slice(3));
}

// The server's memory and CPU time for `npm run bench`, summed over the app's whole process group
// (so that worker processes `next start` may fork count too), read from /proc (Linux only).
import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux Node runs on). */
const ticksPerSecond = 100;

/** The /proc/<pid>/stat fields after the command (which may hold spaces): state is [0]. */
function statFields(pid: string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** Calls `read` for every process in group `pgid`; false where /proc is missing. */
function eachInGroup(pgid: number, read: (pid: string, fields: string[]) => void): boolean {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((p) => /^\d+$/.test(p));
  } catch {
    return false;
  }
  for (const pid of pids) {
    try {
      const fields = statFields(pid);
      if (Number(fields[2]) === pgid) read(pid, fields);
    } catch {
      // the process ended while we looked
    }
  }
  return true;
}

/** Bytes of RSS summed over every process in process group `pgid`; null where /proc is missing. */
export function groupRss(pgid: number): number | null {
  let total = 0;
  const found = eachInGroup(pgid, (pid) => {
    const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    if (rss) total += Number(rss[1]) * 1024;
  });
  return found ? total : null;
}

/**
 * Milliseconds of CPU (user + system) used so far by the processes in group `pgid`; null where
 * /proc is missing. Unlike requests per second it barely moves with what else runs on the machine.
 */
export function groupCpuMs(pgid: number): number | null {
  let ticks = 0;
  // utime and stime are fields 14 and 15 of stat, [11] and [12] after the command.
  const found = eachInGroup(pgid, (_pid, fields) => {
    ticks += Number(fields[11]) + Number(fields[12]);
  });
  return found ? (ticks * 1000) / ticksPerSecond : null;
}

export interface MemorySamples {
  /** Seconds since the memory run started, and RSS in bytes. */
  samples: { at: number; rss: number }[];
}

/** Samples `groupRss(pgid)` every `everyMs` until the returned stop function is called. */
export function sampleRss(pgid: number, everyMs = 5000): () => MemorySamples {
  const started = performance.now();
  const samples: MemorySamples["samples"] = [];
  const take = () => {
    const rss = groupRss(pgid);
    if (rss !== null) samples.push({ at: (performance.now() - started) / 1000, rss });
  };
  take();
  const timer = setInterval(take, everyMs);
  return () => {
    clearInterval(timer);
    take();
    return { samples };
  };
}

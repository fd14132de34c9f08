// The server's memory for `npm run bench`: resident set size (RSS) of the app's whole process
// group, read from /proc (Linux), so that worker processes `next start` may fork count too.
import { readdirSync, readFileSync } from "node:fs";

/** Bytes of RSS summed over every process in process group `pgid`; null where /proc is missing. */
export function groupRss(pgid: number): number | null {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  let total = 0;
  for (const pid of pids) {
    try {
      // Fields after the command (which may hold spaces) in /proc/<pid>/stat: state, ppid, pgrp.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== pgid) continue;
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
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

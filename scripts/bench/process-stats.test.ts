import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { groupCpuMs, groupRss } from "./process-stats";

// The group of this test process, as the bench reads the server's: field 5 of /proc/self/stat.
const stat = readFileSync("/proc/self/stat", "utf8");
const ownGroup = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe("process group readings from /proc", () => {
  it("counts this process's resident memory in its group", () => {
    const rss = groupRss(ownGroup)!;
    expect(rss).toBeGreaterThanOrEqual(process.memoryUsage.rss() * 0.5);
  });

  it("sees CPU time grow while the group works", () => {
    const before = groupCpuMs(ownGroup)!;
    // 200 ms of this process's own CPU, however busy the machine is (/proc counts in 10 ms ticks).
    const start = process.cpuUsage();
    let spin = 0;
    while (cpuMsSince(start) < 200) spin++;
    expect(spin).toBeGreaterThan(0);
    expect(groupCpuMs(ownGroup)! - before).toBeGreaterThanOrEqual(180);
  });

  it("finds nothing in a group no process has", () => {
    expect(groupRss(2 ** 30)).toBe(0);
    expect(groupCpuMs(2 ** 30)).toBe(0);
  });
});

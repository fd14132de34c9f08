import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Vercel's free plan refuses a deploy whose crons run more than once a day, so the one-click
// deploy stays possible only while every schedule fixes its minute and hour.
const config = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../../vercel.json"), "utf8"),
) as { crons: { path: string; schedule: string }[] };

describe("vercel.json crons", () => {
  it("lists the reminder, cleanup, request-expiry and delivery-sweep routes", () => {
    expect(config.crons.map((c) => c.path).sort()).toEqual([
      "/api/cron/cleanup",
      "/api/cron/deliver",
      "/api/cron/expire-requests",
      "/api/cron/reminders",
    ]);
  });

  it.each(config.crons)("$path runs at most once a day ($schedule)", ({ schedule }) => {
    const [minute, hour, dayOfMonth, month, dayOfWeek] = schedule.trim().split(/\s+/);
    expect(minute).toMatch(/^\d{1,2}$/);
    expect(hour).toMatch(/^\d{1,2}$/);
    expect([dayOfMonth, month, dayOfWeek]).toEqual(["*", "*", "*"]);
  });
});

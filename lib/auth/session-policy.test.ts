import { describe, expect, it } from "vitest";
import { SESSION_LIFETIME_SECONDS, idleTimeoutSeconds, sessionVerdict } from "./session-policy";

const signIn = new Date("2026-12-01T09:00:00Z");
const minutes = (n: number) => new Date(signIn.getTime() + n * 60_000);
const fresh = {
  expiresAt: new Date(signIn.getTime() + SESSION_LIFETIME_SECONDS * 1000),
  lastSeenAt: signIn,
  revokedAt: null,
};

describe("browser session policy", () => {
  it("ends a doctor's or admin's session after 30 idle minutes, a patient's after 12 hours", () => {
    expect(idleTimeoutSeconds("doctor")).toBe(1800);
    expect(idleTimeoutSeconds("admin")).toBe(1800);
    expect(idleTimeoutSeconds("patient")).toBe(12 * 3600);
    expect(sessionVerdict(fresh, "doctor", minutes(29)).live).toBe(true);
    expect(sessionVerdict(fresh, "doctor", minutes(30)).live).toBe(false);
    expect(sessionVerdict(fresh, "admin", minutes(31)).live).toBe(false);
    expect(sessionVerdict(fresh, "patient", minutes(31)).live).toBe(true);
    expect(sessionVerdict(fresh, "patient", minutes(12 * 60)).live).toBe(false);
  });

  it("ends any session seven days after sign-in, however recently it was used", () => {
    const sixDaysOn = minutes(6 * 24 * 60);
    const busy = { ...fresh, lastSeenAt: sixDaysOn };
    expect(sessionVerdict(busy, "patient", minutes(6 * 24 * 60 + 5)).live).toBe(true);
    const lastMinute = { ...fresh, lastSeenAt: minutes(7 * 24 * 60 - 1) };
    expect(sessionVerdict(lastMinute, "patient", minutes(7 * 24 * 60)).live).toBe(false);
  });

  it("refuses a revoked session at once", () => {
    const revoked = { ...fresh, revokedAt: minutes(1) };
    expect(sessionVerdict(revoked, "patient", minutes(2))).toEqual({ live: false, touch: false });
  });

  it("asks for a last_seen_at write at most once a minute, and never for a dead session", () => {
    expect(sessionVerdict(fresh, "patient", new Date(signIn.getTime() + 59_000)).touch).toBe(false);
    expect(sessionVerdict(fresh, "patient", minutes(1)).touch).toBe(true);
    expect(sessionVerdict(fresh, "doctor", minutes(45)).touch).toBe(false);
  });
});

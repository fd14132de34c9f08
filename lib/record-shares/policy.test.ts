import { describe, expect, it } from "vitest";
import { shareStatus } from "./policy";

const now = new Date("2026-01-10T12:00:00Z");

describe("shareStatus", () => {
  it("is live until it expires, expired at the instant, revoked whatever the expiry", () => {
    const future = new Date("2026-01-10T12:00:01Z");
    expect(shareStatus({ revokedAt: null, expiresAt: future }, now)).toBe("live");
    expect(shareStatus({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(shareStatus({ revokedAt: now, expiresAt: future }, now)).toBe("revoked");
    expect(shareStatus({ revokedAt: now, expiresAt: new Date(0) }, now)).toBe("revoked");
  });
});

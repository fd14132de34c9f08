import { describe, expect, it } from "vitest";
import { MemoryRateLimitStore } from "./memory-store";

const minute = { name: "test", limit: 10, windowMs: 60_000 };

function clock(start: number) {
  const state = { now: start };
  return { state, now: () => state.now };
}

describe("MemoryRateLimitStore (the in-process sliding window)", () => {
  it("weights the previous window by how much of it still overlaps", async () => {
    const c = clock(60_000 * 1000); // the start of a window
    const store = new MemoryRateLimitStore({ now: c.now });
    for (let i = 0; i < 10; i++) expect((await store.limit(minute, "k")).success).toBe(true);
    expect((await store.limit(minute, "k")).success).toBe(false);

    c.state.now += 60_000 + 30_000; // half-way through the next window: 10 * 0.5 = 5 still count
    expect((await store.peek(minute, "k")).remaining).toBe(5);
    for (let i = 0; i < 5; i++) expect((await store.limit(minute, "k")).success).toBe(true);
    expect((await store.limit(minute, "k")).success).toBe(false);

    c.state.now += 60_000 * 2; // two windows later nothing counts
    expect((await store.peek(minute, "k")).remaining).toBe(10);
  });

  it("says how long until the current window ends", async () => {
    const c = clock(60_000 * 1000 + 45_500);
    const store = new MemoryRateLimitStore({ now: c.now });
    const one = { ...minute, limit: 1 };
    await store.limit(one, "k");
    expect((await store.limit(one, "k")).retryAfterSeconds).toBe(15);
    expect((await store.peek(one, "k")).retryAfterSeconds).toBe(15);
  });

  it("sweeps expired keys and never holds more than maxKeys", async () => {
    const c = clock(60_000 * 1000);
    const store = new MemoryRateLimitStore({ now: c.now, maxKeys: 3 });
    for (const k of ["a", "b", "c", "d", "e"]) await store.limit(minute, k);
    expect(store.size).toBe(3);
    // The least recently used went first: d and e are still counted.
    expect((await store.peek(minute, "e")).remaining).toBe(9);
    expect((await store.peek(minute, "a")).remaining).toBe(10);

    c.state.now += 60_000 * 3;
    await store.limit(minute, "fresh");
    expect(store.size).toBe(1);
  });

  it("does not store anything for a peek or a refused event", async () => {
    const store = new MemoryRateLimitStore();
    await store.peek(minute, "k");
    expect(store.size).toBe(0);
  });
});

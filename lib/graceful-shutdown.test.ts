import { describe, expect, it } from "vitest";
import { beginShutdown, type ShutdownDeps } from "./graceful-shutdown";

/** A fake process: records what happened in order, and lets a test fire the drain timer. */
function harness(closePool: () => Promise<void> = async () => {}) {
  const events: string[] = [];
  let fireTimer: (() => void) | undefined;
  let timerMs: number | undefined;
  let resolveExit: (code: number) => void = () => {};
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));
  const deps: ShutdownDeps = {
    timeoutMs: 25_000,
    closePool: async () => {
      events.push("close pool");
      await closePool();
    },
    host: {
      exit: ((code?: number) => {
        events.push(`exit ${code}`);
        resolveExit(code ?? 0);
      }) as (code?: number) => never,
    },
    log: {
      info: ((...args: unknown[]) => events.push(`info ${String(args.at(-1))}`)) as never,
      warn: ((...args: unknown[]) => events.push(`warn ${String(args.at(-1))}`)) as never,
      error: ((...args: unknown[]) => events.push(`error ${String(args.at(-1))}`)) as never,
    },
    setTimer: (fn, ms) => {
      fireTimer = fn;
      timerMs = ms;
      return { unref: () => events.push("timer unref'd") };
    },
  };
  return {
    deps,
    events,
    exited,
    fireTimer: () => fireTimer!(),
    timerMs: () => timerMs,
  };
}

describe("beginShutdown", () => {
  it("closes the pool when Next's drain calls exit, then exits with Next's code", async () => {
    const h = harness();
    const flags = { shuttingDown: false };
    beginShutdown("SIGTERM", h.deps, flags);
    expect(flags.shuttingDown).toBe(true);
    // Nothing is closed while requests are still in flight.
    expect(h.events).not.toContain("close pool");

    h.deps.host.exit(143);
    expect(await h.exited).toBe(143);
    expect(h.events).toEqual([
      "info shutting down",
      "timer unref'd",
      "close pool",
      "info database pool closed",
      "exit 143",
    ]);
  });

  it("exits with 1 after the bound when the drain never ends, closing the pool first", async () => {
    const h = harness();
    beginShutdown("SIGTERM", h.deps, { shuttingDown: false });
    expect(h.timerMs()).toBe(25_000);
    h.fireTimer();
    expect(await h.exited).toBe(1);
    expect(h.events.slice(-3)).toEqual(["close pool", "info database pool closed", "exit 1"]);
    expect(h.events.some((e) => e.startsWith("warn"))).toBe(true);
  });

  it("still exits when closing the pool fails, and says so", async () => {
    const h = harness(async () => {
      throw new Error("connection lost");
    });
    beginShutdown("SIGTERM", h.deps, { shuttingDown: false });
    h.deps.host.exit(143);
    expect(await h.exited).toBe(143);
    expect(h.events).toContain("error closing the database pool failed");
    expect(h.events).not.toContain("info database pool closed");
  });

  it("closes once and exits once when the timer and Next's exit both come", async () => {
    const h = harness();
    beginShutdown("SIGTERM", h.deps, { shuttingDown: false });
    h.deps.host.exit(143);
    h.fireTimer();
    await h.exited;
    await new Promise((resolve) => setImmediate(resolve));
    expect(h.events.filter((e) => e === "close pool")).toHaveLength(1);
    expect(h.events.filter((e) => e.startsWith("exit"))).toEqual(["exit 143"]);
  });

  it("ignores a second signal (a shell's Ctrl-C sends SIGINT twice)", () => {
    const h = harness();
    const flags = { shuttingDown: false };
    beginShutdown("SIGINT", h.deps, flags);
    beginShutdown("SIGINT", h.deps, flags);
    expect(h.events.filter((e) => e === "info shutting down")).toHaveLength(1);
  });
});

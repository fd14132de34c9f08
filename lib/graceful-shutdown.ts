import "server-only";
import { closeDb } from "@/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";

/**
 * Graceful shutdown on SIGTERM / SIGINT: stop taking requests, finish those in flight, close the
 * database pool, exit; or, past SHUTDOWN_TIMEOUT_MS, close the pool and exit anyway.
 *
 * Next's own server (next start and the standalone server.js share start-server.js) already does
 * the first two on these signals: server.close() stops accepting and waits for open requests,
 * nextServer.close() waits for after() work, then it calls process.exit(143). Only the pool is
 * missing, and the one moment that is after every request and every after() task but before the
 * end is that process.exit call, so this wraps process.exit for the duration of the shutdown.
 * Owning the signals instead (NEXT_MANUAL_SIG_HANDLE) would mean closing an http server that
 * instrumentation has no handle on. When an operator sets NEXT_MANUAL_SIG_HANDLE, the signals are
 * theirs and nothing is installed here.
 */

interface ShutdownState {
  installed: boolean;
  shuttingDown: boolean;
}

// On globalThis: instrumentation and the route handlers can be built into separate bundles, each
// with its own copy of this module, and the ready probe must see the flag the signal handler set.
const state = ((
  globalThis as unknown as { __swasthaiShutdown?: ShutdownState }
).__swasthaiShutdown ??= { installed: false, shuttingDown: false });

/** True once SIGTERM/SIGINT arrived: the ready probe answers 503 so a load balancer stops sending. */
export function isShuttingDown(): boolean {
  return state.shuttingDown;
}

export interface ShutdownDeps {
  timeoutMs: number;
  closePool: () => Promise<void>;
  /** The process.exit that Next calls when its drain is done; replaced while shutting down. */
  host: { exit: (code?: number) => never };
  log: Pick<typeof logger, "info" | "warn" | "error">;
  setTimer: (fn: () => void, ms: number) => { unref?: () => unknown };
}

/**
 * The shutdown itself, for one signal. Returns at once; the process ends when Next's drain calls
 * host.exit (exit code kept) or when the timeout fires (exit code 1: requests were cut off).
 */
export function beginShutdown(
  signal: string,
  deps: ShutdownDeps,
  flags: Pick<ShutdownState, "shuttingDown"> = state,
): void {
  if (flags.shuttingDown) return;
  flags.shuttingDown = true;
  deps.log.info({ signal, drainTimeoutMs: deps.timeoutMs }, "shutting down");

  const exit = deps.host.exit.bind(deps.host);
  let ending: Promise<void> | undefined;
  const end = (code: number) => {
    ending ??= deps
      .closePool()
      .then(
        () => deps.log.info("database pool closed"),
        (err: unknown) => deps.log.error({ err }, "closing the database pool failed"),
      )
      .then(() => exit(code));
    return ending;
  };

  deps.host.exit = ((code?: number) => {
    void end(typeof code === "number" ? code : 0);
  }) as (code?: number) => never;

  // Unref'd: the drain may finish first, and a pending timer must not hold the process open.
  deps
    .setTimer(() => {
      deps.log.warn(
        { drainTimeoutMs: deps.timeoutMs },
        "in-flight requests did not finish in time; exiting anyway",
      );
      void end(1);
    }, deps.timeoutMs)
    .unref?.();
}

/** Installs the handlers once per process (bootServer calls it). */
export function installGracefulShutdown(): void {
  if (state.installed || process.env.NEXT_MANUAL_SIG_HANDLE) return;
  state.installed = true;
  const deps: ShutdownDeps = {
    timeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    closePool: closeDb,
    host: process as unknown as ShutdownDeps["host"],
    log: logger,
    setTimer: setTimeout,
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => beginShutdown(signal, deps));
  }
}

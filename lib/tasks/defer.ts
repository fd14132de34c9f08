import "server-only";
import { logger } from "@/lib/log/logger";

const pending = new Set<Promise<void>>();

/**
 * Runs work after the response (mail sending, so a request's timing says nothing about whether an
 * account exists). Inside a Next request it uses `after()`, elsewhere it just starts the work.
 * Failures are logged, never thrown at the caller.
 */
export function defer(task: () => Promise<void>): void {
  const run = async () => {
    try {
      await task();
    } catch (err) {
      logger.error({ err }, "deferred task failed");
    }
  };
  track(
    import("next/server").then(({ after }) => {
      try {
        after(run);
      } catch {
        return run(); // outside a request scope
      }
    }),
  );
}

function track(promise: Promise<void>): void {
  pending.add(promise);
  void promise.finally(() => pending.delete(promise));
}

/** Waits for deferred work started outside a request (tests, scripts). */
export async function flushDeferred(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

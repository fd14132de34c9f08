// Load generation for `npm run bench`: autocannon (closed loop, keep-alive, no pipelining).
import autocannon, { type Result } from "autocannon";

export interface RunOptions {
  url: string;
  connections: number;
  seconds: number;
  /** Caps the request rate over all connections (only for half-load runs that need it). */
  overallRate?: number;
  accept: string;
  /** Extra request headers (a session cookie). */
  headers?: Record<string, string>;
  /**
   * A mix instead of one URL: each connection sends these paths (relative to `url`) in turn, each
   * with its own Accept and extra headers.
   */
  requests?: { path: string; accept: string; headers?: Record<string, string> }[];
}

export interface RunResult {
  connections: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  latencyMean: number;
  total: number;
  non2xx: number;
  status5xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  /** CPU the server spent per answered request (scripts/bench/process-stats.ts); NaN if unknown. */
  cpuMsPerRequest: number;
}

let current: { stop(): void } | null = null;

/** Stops the run in progress (Ctrl-C). */
export function stopLoad(): void {
  current?.stop();
}

export async function run(options: RunOptions): Promise<RunResult> {
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 60,
    overallRate: options.overallRate,
    headers: { accept: options.accept, ...options.headers },
    requests: options.requests?.map((r) => ({
      method: "GET",
      path: r.path,
      headers: { accept: r.accept, ...r.headers },
    })),
  });
  current = instance;
  let result: Result;
  try {
    result = await instance;
  } finally {
    current = null;
  }
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)]),
  );
  const seconds = result.duration > 0 ? result.duration : options.seconds;
  return {
    connections: options.connections,
    seconds,
    rps: result["2xx"] / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    latencyMean: result.latency.mean,
    total: result["2xx"] + result.non2xx,
    non2xx: result.non2xx,
    status5xx: result["5xx"],
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    cpuMsPerRequest: Number.NaN,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median with min and max, and the spread (max - min) as a share of the median. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  spread: number;
}

export function summarize(values: number[]): Summary {
  const m = median(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { median: m, min, max, spread: m > 0 ? (max - min) / m : 0 };
}

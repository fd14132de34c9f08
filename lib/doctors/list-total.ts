import "server-only";

// Totals of the public doctor list, remembered per filter combination. Counting every match is
// the expensive part of a page (all matching rows instead of 20), so a total is reused while the
// list version it was counted at is still current. The version is bumped by triggers on every
// change that could alter the list; the age limit covers the moment between a bump and its commit.

const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 1_000;

interface Entry {
  version: string;
  total: number;
  at: number;
}

const totals = new Map<string, Entry>();

/** The remembered total for a list filter, while the doctor list version is unchanged. */
export function cachedTotal(key: string, version: string): number | undefined {
  const entry = totals.get(key);
  if (!entry) return undefined;
  if (entry.version !== version || Date.now() - entry.at > MAX_AGE_MS) {
    totals.delete(key);
    return undefined;
  }
  return entry.total;
}

/** Remembers a list filter's total against the doctor list version it was counted at. */
export function rememberTotal(key: string, version: string, total: number) {
  totals.delete(key);
  if (totals.size >= MAX_ENTRIES) {
    const oldest = totals.keys().next().value;
    if (oldest !== undefined) totals.delete(oldest);
  }
  totals.set(key, { version, total, at: Date.now() });
}

const counting = new Map<string, Promise<number>>();

/**
 * Runs `count` unless the same count (filter and list version) is already running, and then
 * shares its answer: when a remembered total expires under load, the requests arriving meanwhile
 * would otherwise each count every match at once (50 counts of 100,000 rows on the unfiltered
 * list), stalling the database for every other request.
 */
export function countOnce(
  key: string,
  version: string | undefined,
  count: () => Promise<number>,
): Promise<number> {
  const id = `${version ?? ""} ${key}`;
  const running = counting.get(id);
  if (running) return running;
  const started = count().finally(() => counting.delete(id));
  counting.set(id, started);
  return started;
}

import "server-only";

import { ListMemo } from "./list-memo";

// Totals of the public doctor list, remembered per filter combination. Counting every match is
// the expensive part of a page (all matching rows instead of 20), so a total is reused while the
// list version it was counted at is still current.
export const totals = new ListMemo<number>(60_000, 1_000);

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

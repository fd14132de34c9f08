import "server-only";

/**
 * Answers about the public doctor list remembered per key (a filter, a page) while the list
 * version they were read at is still current. The version is bumped by triggers on every change
 * that could alter the list (migrations 0003 and 0016); the age limit covers the moment between a bump and
 * its commit, when a reader can see the new version but not yet the new rows. Oldest entries go
 * first once `maxEntries` are held.
 */
export class ListMemo<T> {
  private readonly entries = new Map<string, { version: string; value: T; at: number }>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxEntries: number,
  ) {}

  get(key: string, version: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || Date.now() - entry.at > this.maxAgeMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, version: string, value: T): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { version, value, at: Date.now() });
  }
}

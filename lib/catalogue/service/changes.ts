/**
 * What an edit changed, as one line for the audit's reason column: "price 45.00 -> 50.00; name".
 * Short values are shown old -> new; long text only by name (the audit is not a copy of the row).
 */
export function describeChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string | null {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    if (JSON.stringify(old) === JSON.stringify(value)) continue;
    const short = (v: unknown) =>
      typeof v === "number" || typeof v === "boolean" || (typeof v === "string" && v.length <= 20);
    parts.push(short(old) && short(value) ? `${key} ${String(old)} -> ${String(value)}` : key);
  }
  return parts.length > 0 ? parts.join("; ").slice(0, 500) : null;
}

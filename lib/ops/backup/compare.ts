/** What a backup holds, measured on the live database and again after a restore. */
export interface DatabaseSnapshot {
  /** Rows per table: every table in `public`, and `drizzle.__drizzle_migrations`. */
  tables: Record<string, number>;
  /** md5 over every appointments row in id order; null when there is no appointments table. */
  appointmentsChecksum: string | null;
}

export interface ComparisonRow {
  name: string;
  expected: string;
  actual: string;
  ok: boolean;
}

export interface Comparison {
  ok: boolean;
  rows: ComparisonRow[];
}

const MISSING = "(missing)";

/**
 * Row counts of every table on either side (a table only one side has is a mismatch), then the
 * appointments checksum.
 */
export function compareSnapshots(expected: DatabaseSnapshot, actual: DatabaseSnapshot): Comparison {
  const names = [...new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)])].sort(
    byTableName,
  );
  const rows: ComparisonRow[] = names.map((name) => {
    const want = expected.tables[name];
    const got = actual.tables[name];
    return {
      name,
      expected: want === undefined ? MISSING : String(want),
      actual: got === undefined ? MISSING : String(got),
      ok: want !== undefined && want === got,
    };
  });
  rows.push({
    name: "appointments checksum (md5)",
    expected: expected.appointmentsChecksum ?? MISSING,
    actual: actual.appointmentsChecksum ?? MISSING,
    ok:
      expected.appointmentsChecksum !== null &&
      expected.appointmentsChecksum === actual.appointmentsChecksum,
  });
  return { ok: rows.every((r) => r.ok), rows };
}

// public tables first, alphabetically; schema-qualified ones (drizzle's journal) after them.
function byTableName(a: string, b: string): number {
  const qa = a.includes(".");
  const qb = b.includes(".");
  return qa === qb ? a.localeCompare(b) : qa ? 1 : -1;
}

/** A plain-text table a person can read in a CI log. */
export function formatComparison(comparison: Comparison, headings = ["backup", "restored"]) {
  const header = { name: "table", expected: headings[0]!, actual: headings[1]!, ok: true };
  const all = [header, ...comparison.rows];
  const w = (key: "name" | "expected" | "actual") => Math.max(...all.map((r) => r[key].length));
  const line = (r: ComparisonRow, mark: string) =>
    `${r.name.padEnd(w("name"))}  ${r.expected.padStart(w("expected"))}  ${r.actual.padStart(w("actual"))}  ${mark}`.trimEnd();
  const mismatches = comparison.rows.filter((r) => !r.ok).length;
  return [
    line(header, ""),
    ...comparison.rows.map((r) => line(r, r.ok ? "ok" : "MISMATCH")),
    comparison.ok
      ? `all ${comparison.rows.length - 1} tables and the appointments checksum match`
      : `${mismatches} mismatch${mismatches === 1 ? "" : "es"}`,
  ].join("\n");
}

/**
 * The medicines of the medical-history form: rows posted as `medications.<n>.name`, `.dosage`
 * and `.frequency`. A row left entirely blank is skipped (that is how a row is removed without
 * JavaScript); anything else goes to the schema, which names the field at fault. Isomorphic.
 */
export function medicationsFromForm(form: FormData): unknown[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of form.entries()) {
    const match = /^medications\.(\d{1,3})\.(name|dosage|frequency)$/.exec(key);
    if (!match || typeof value !== "string") continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]!]: value });
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => Object.values(row).some((v) => v.trim() !== ""))
    .map((row) => ({
      name: row.name ?? "",
      dosage: row.dosage ?? "",
      frequency: row.frequency ?? "",
    }));
}

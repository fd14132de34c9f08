import { formOptionalText, formText } from "@/lib/actions/form-data";

/** The editor's fields of one medicine row. */
type RowField = "name" | "dosage" | "frequency" | "durationDays" | "quantity" | "instructions";

/** The editor's rows count, 1..20 (3 when missing or odd). */
export function rowsOf(form: FormData): number {
  const n = Number(formText(form, "rows"));
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 20) : 3;
}

/** Every text field the editor sent, to put back into the form after a refused submit. */
export function editorValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  }
  return values;
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/**
 * The issue input from the editor's post: rows without a medicine name and dosage are skipped;
 * `rowOf[i]` is the form row of item i (so an error on items.1 shows on the right row). Numbers and
 * the rest are checked by the schema.
 */
export function prescriptionInputOf(form: FormData) {
  const rowOf: number[] = [];
  const items = [];
  for (let row = 0; row < rowsOf(form); row++) {
    const field = (f: RowField) => formOptionalText(form, `items.${row}.${f}`);
    if (!field("name") && !field("dosage")) continue;
    rowOf.push(row);
    items.push({
      name: field("name"),
      dosage: field("dosage") ?? "",
      frequency: field("frequency"),
      durationDays: num(field("durationDays")),
      quantity: num(field("quantity")),
      instructions: field("instructions"),
    });
  }
  const tests = formText(form, "testsAdvised")
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean);
  const input = {
    diagnosis: formText(form, "diagnosis"),
    symptoms: formOptionalText(form, "symptoms"),
    items,
    testsAdvised: tests.length > 0 ? tests : undefined,
    advice: formOptionalText(form, "advice"),
    followUpDate: formOptionalText(form, "followUpDate"),
    replaces: formOptionalText(form, "replaces"),
    acknowledgeAllergies: form.get("acknowledgeAllergies") === "1",
  };
  return { input, rowOf };
}

/**
 * The editor's field of an error path: `items.1.dosage` -> `items.<row>.dosage`, a medicine's id or
 * name -> `items.<row>.medicine`; `items` alone, and every other field, as they are.
 */
export function editorFieldOf(path: string, rowOf: readonly number[]): string {
  const match = /^items\.(\d+)\.(\w+)/.exec(path);
  if (!match) return path.split(".")[0] || path;
  const row = rowOf[Number(match[1])] ?? Number(match[1]);
  const field = match[2] === "medicineId" || match[2] === "name" ? "medicine" : match[2];
  return `items.${row}.${field}`;
}

/** "{day}, range {n}" with its values: the editor's few placeholders (no plurals, no selects). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

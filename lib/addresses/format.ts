import type { AddressSnapshotDto } from "./schemas";

/** One address as the lines a label shows: street, area, "City, State PIN". */
export function addressLines(a: Omit<AddressSnapshotDto, "name" | "phone">): string[] {
  return [a.line1, a.line2, `${a.city}, ${a.state} ${a.pincode}`].filter((line): line is string =>
    Boolean(line),
  );
}

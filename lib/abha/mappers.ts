import { formatAbhaNumber } from "./format";
import type { AbhaDto } from "./schemas";

/** The ABHA columns of a health profile row. */
export interface AbhaRow {
  abhaNumber: string | null;
  abhaAddress: string | null;
  abhaLinkedAt: Date | null;
}

/** Row -> the ABHA link as shown: the number formatted XX-XXXX-XXXX-XXXX. */
export function toAbhaDto(row: AbhaRow): AbhaDto {
  return {
    linked: row.abhaNumber !== null || row.abhaAddress !== null,
    abhaNumber: row.abhaNumber ? formatAbhaNumber(row.abhaNumber) : null,
    abhaAddress: row.abhaAddress,
    linkedAt: row.abhaLinkedAt?.toISOString() ?? null,
  };
}

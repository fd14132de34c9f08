import { formatAbhaNumber } from "./format";
import type { AbhaDto } from "./schemas";

/** The ABHA columns of a health profile row. */
export interface AbhaRow {
  abhaNumber: string | null;
  abhaAddress: string | null;
  abhaLinkedAt: Date | null;
  abhaVerifiedAt: Date | null;
}

/** Row -> the ABHA link as shown: the number formatted XX-XXXX-XXXX-XXXX, verified or not. */
export function toAbhaDto(row: AbhaRow): AbhaDto {
  const linked = row.abhaNumber !== null || row.abhaAddress !== null;
  return {
    linked,
    abhaNumber: row.abhaNumber ? formatAbhaNumber(row.abhaNumber) : null,
    abhaAddress: row.abhaAddress,
    linkedAt: row.abhaLinkedAt?.toISOString() ?? null,
    verified: linked && row.abhaVerifiedAt !== null,
    verifiedAt: linked ? (row.abhaVerifiedAt?.toISOString() ?? null) : null,
  };
}

import "server-only";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Tx } from "@/db/client";

type Sections = Record<string, unknown>;

/**
 * One domain's share of "export my data" and "delete my account", in lib/<domain>/account.ts and
 * listed in lib/account/domains.ts. Functions take the user's internal id; the caller (lib/users)
 * has already authorised the actor.
 */
export interface AccountPart<S extends Sections = Sections> {
  domain: string;
  /** This domain's sections of the export: named columns only, public ids, never a secret. */
  exportForUser?: (userId: number) => Promise<S>;
  /**
   * Removes or anonymises this domain's personal data inside the one deletion transaction. Returns
   * the storage keys of files to delete, which happens only after the transaction commits.
   */
  eraseForUser?: (tx: Tx, userId: number) => Promise<ReadonlyArray<string | null> | void>;
  /**
   * Every column of this domain's tables that references users.id: `erased` when eraseForUser
   * removes (or unlinks) its rows, `kept` with the reason they outlive the account. A test fails
   * when a column in db/schema is in neither list of any part.
   */
  userColumns: { erased?: AnyPgColumn[]; kept?: { column: AnyPgColumn; reason: string }[] };
}

/** Declares a domain's account part, keeping its export sections' types. */
export function defineAccountPart<S extends Sections = Record<never, never>>(
  part: AccountPart<S>,
): AccountPart<S> {
  return part;
}

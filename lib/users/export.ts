import "server-only";
import { exportAccount, type AccountExport } from "@/lib/account/registry";
import type { Actor } from "@/lib/auth/actor";
import { resolveTargetUser } from "@/lib/access/target-user";

/**
 * Everything the platform holds about the actor, as one JSON-ready document (data portability):
 * each domain's sections from the account registry (lib/account). Named columns only: public ids
 * instead of internal ones, and never a password hash, token hash, OAuth token or storage key.
 */
export async function exportUser(actor: Actor): Promise<AccountExport> {
  const me = await resolveTargetUser(actor, "me");
  return exportAccount(me.id);
}

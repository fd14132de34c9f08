import "server-only";
import { db } from "@/db/client";
import { deleteFilesQuietly } from "@/lib/storage";
import { accountParts } from "./domains";

type Part = (typeof accountParts)[number];
type SectionsOf<P> = P extends { exportForUser?: (userId: number) => Promise<infer S> } ? S : never;
type Merge<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** The whole "export my data" document: every registered domain's sections, in list order. */
export type AccountExport = { format: "swasthai-export/1"; exportedAt: string } & Merge<
  SectionsOf<Part>
>;

/** Everything the platform holds about a user, from every registered domain (no authorisation). */
export async function exportAccount(userId: number): Promise<AccountExport> {
  const sections = await Promise.all(accountParts.map((part) => part.exportForUser?.(userId)));
  return Object.assign(
    { format: "swasthai-export/1" as const, exportedAt: new Date().toISOString() },
    ...sections,
  ) as AccountExport;
}

/**
 * Erases a user's personal data: every registered domain in ONE transaction (all or nothing), in
 * list order; stored files go only after the commit, so a rollback never loses a file that is
 * still referenced. No authorisation: lib/users' deleteUser decides who may.
 */
export async function eraseAccount(userId: number): Promise<void> {
  const fileKeys = await db.transaction(async (tx) => {
    const keys: (string | null)[] = [];
    for (const part of accountParts) keys.push(...((await part.eraseForUser?.(tx, userId)) ?? []));
    return keys;
  });
  await deleteFilesQuietly(fileKeys);
}

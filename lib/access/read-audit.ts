import "server-only";
import { db } from "@/db/client";
import { recordAccessLog, type RecordAccessAction, type RecordAccessDoor } from "@/db/schema";

export type { RecordAccessDoor as Door } from "@/db/schema";

/** One read of someone else's health data, as its owner will see it in their access log. */
export interface ReadOfHealthData {
  ownerId: number;
  readerId: number;
  /** The record read; null for data that is not a record (the health profile). */
  recordId?: number | null;
  /** What the owner will recognise even after the record is gone. */
  title: string;
  action: RecordAccessAction;
  door: RecordAccessDoor;
  /** Why the reader was let in: "record share", "admin". */
  reason: string;
}

/**
 * Writes the audit entry for a read by anyone but the owner. Called in the same request, before
 * the data is returned, so a read that is not logged never reaches the reader.
 */
export async function auditRead(entry: ReadOfHealthData): Promise<void> {
  await auditReads([entry]);
}

/** The audit entries of several reads at once (a list of shared records), in one insert. */
export async function auditReads(entries: ReadonlyArray<ReadOfHealthData>): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(recordAccessLog).values(
    entries.map((entry) => ({
      ownerId: entry.ownerId,
      accessedBy: entry.readerId,
      recordId: entry.recordId ?? null,
      recordTitle: entry.title,
      action: entry.action,
      door: entry.door,
      reason: entry.reason,
    })),
  );
}

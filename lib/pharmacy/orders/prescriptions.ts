import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { healthRecords } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";

/** A prescription the checkout offers: my issued or uploaded prescription record. */
export interface PrescriptionChoice {
  id: string;
  title: string;
  doctorName: string | null;
  /** The document's date (YYYY-MM-DD), else the day it was filed. */
  date: string;
}

const dated = sql<string>`coalesce(${healthRecords.documentDate}, (${healthRecords.createdAt} at time zone 'Asia/Kolkata')::date)::text`;

/** My prescription records (issued here or uploaded), newest first, for the checkout to pick from. */
export async function listPrescriptionChoices(actor: Actor): Promise<PrescriptionChoice[]> {
  return db
    .select({
      id: healthRecords.uuid,
      title: healthRecords.title,
      doctorName: healthRecords.doctorName,
      date: dated,
    })
    .from(healthRecords)
    .where(
      and(eq(healthRecords.userId, actor.userId), eq(healthRecords.recordType, "prescription")),
    )
    .orderBy(desc(dated), desc(healthRecords.createdAt), desc(healthRecords.id));
}

import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { getHealthRecord } from "@/lib/health-records/queries";

/**
 * A record the actor may read (theirs, or shared with them), or the 404 page: missing and
 * not-yours look the same. Once per request, so a doctor's read is logged once.
 */
export const loadRecord = cache(async (actor: Actor, id: string) => {
  try {
    return await getHealthRecord(actor, id, { door: "page" });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
});

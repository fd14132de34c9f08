import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { getMedicine } from "@/lib/pharmacy/queries";
import { isUuid } from "@/lib/validation/ids";

/** The medicine for this request (metadata and page share one read); unknown -> 404 page. */
export const loadMedicine = cache(async (id: string) => {
  if (!isUuid(id)) notFound();
  try {
    return await getMedicine(id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
});

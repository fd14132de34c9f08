import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getDoctor } from "@/lib/doctors/queries";
import { isAppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";

/** The public profile for this request (metadata and page share one read); unknown -> 404 page. */
export const loadDoctor = cache(async (id: string) => {
  if (!isUuid(id)) notFound();
  try {
    return await getDoctor(null, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
});

import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/payments/origin";
import { getPayPage } from "@/lib/payments/queries";
import { purposeOfSegment } from "@/lib/payments/schemas";
import { isUuid } from "@/lib/validation/ids";

/** My thing to pay, or the 404 page (missing, someone else's and a bad address look the same). */
export const loadPayPage = cache(async (actor: Actor, segment: string, id: string) => {
  const purpose = purposeOfSegment[segment];
  if (!purpose || !isUuid(id)) notFound();
  try {
    return await getPayPage(actor, purpose, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
});

/** This site's origin as the payer reached it (Razorpay sends them back to it). */
export async function siteOrigin(): Promise<string> {
  const h = await headers();
  const host =
    h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return publicOrigin(`${proto}://${host}`);
}

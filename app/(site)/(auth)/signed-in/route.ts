import { redirect } from "next/navigation";
import { homeFor } from "@/lib/auth/callback-url";
import { getActor } from "@/lib/auth/session";

/**
 * Where a sign-in without a callbackUrl lands (the role is known only once signed in): each role
 * goes on to its own place; without a live session, to the sign-in page.
 */
export async function GET() {
  const actor = await getActor();
  redirect(actor ? homeFor(actor.role) : "/login");
}

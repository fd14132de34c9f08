import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { formatInr } from "@/lib/i18n/format";
import { getAppointmentCancellation } from "@/lib/payments/queries";

/**
 * What cancelling this appointment now would refund, and the written policy, for its cancel
 * confirmation; nothing when the fee was not paid online (pay at the clinic).
 */
export async function refundNoteFor(actor: Actor, id: string): Promise<string[] | undefined> {
  const preview = await getAppointmentCancellation(actor, id);
  if (preview.kind === "none") return undefined;
  const t = await getTranslations("Payments");
  const amounts = { paid: formatInr(preview.paid), refund: formatInr(preview.refund) };
  return [t(`refund.${preview.kind}`, amounts), t("policy.appointment")];
}

import { getTranslations } from "next-intl/server";
import type { PaymentPurpose } from "@/lib/payments/schemas";

/** The written refund policy for what is being paid (the numbers are lib/payments/policy's). */
export async function RefundPolicy({ purpose }: { purpose: PaymentPurpose }) {
  const t = await getTranslations("Payments.policy");
  return (
    <section aria-labelledby="refund-policy" className="space-y-1 text-sm text-slate-700">
      <h2 id="refund-policy" className="font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p>{t(purpose)}</p>
    </section>
  );
}

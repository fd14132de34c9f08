import { TriangleAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { flatCardClass } from "@/components/ui/Card";
import { formatInr } from "@/lib/i18n/format";
import type { CartDto } from "@/lib/pharmacy/cart/schemas";

/**
 * The cart as it will be ordered: each line with its price and any allergy warning, lines that
 * cannot be ordered marked as left out, then subtotal, delivery (with the "add ₹X more" hint)
 * and total. The totals are the server's, from the catalogue.
 */
export async function OrderSummary({ cart }: { cart: CartDto }) {
  const t = await getTranslations("Checkout.summary");
  const free = cart.deliveryFee === "0.00";
  return (
    <section aria-labelledby="summary-title" className={flatCardClass}>
      <h2 id="summary-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <ul className="mt-3 divide-y divide-slate-200">
        {cart.lines.map((line) => (
          <li key={line.medicine.id} className="py-3 text-sm">
            <div className="flex justify-between gap-3">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  {line.medicine.name}
                  {line.medicine.orderability === "prescription" ? (
                    <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                      {t("rx")}
                    </span>
                  ) : null}
                </p>
                <p className="text-slate-600">{t("qty", { quantity: line.quantity })}</p>
              </div>
              <p className={line.problem ? "text-slate-400 line-through" : "font-medium"}>
                {formatInr(line.lineTotal)}
              </p>
            </div>
            {line.problem ? (
              <p className="mt-1 text-amber-800">
                {t("skipped", { reason: t(`problems.${line.problem}`) })}
              </p>
            ) : null}
            {line.allergyMatches.length > 0 ? (
              <p className="mt-1 flex items-start gap-1 font-medium text-red-800" role="note">
                <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                {t("allergy", { allergies: line.allergyMatches.join(", ") })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <dl className="mt-3 space-y-1 border-t border-slate-200 pt-3 text-sm">
        <div className="flex justify-between">
          <dt>{t("subtotal")}</dt>
          <dd>{formatInr(cart.subtotal)}</dd>
        </div>
        <div className="flex justify-between">
          <dt>{t("delivery")}</dt>
          <dd>{free ? t("free") : formatInr(cart.deliveryFee)}</dd>
        </div>
        <div className="flex justify-between text-base font-semibold text-slate-900">
          <dt>{t("total")}</dt>
          <dd>{formatInr(cart.total)}</dd>
        </div>
      </dl>
      {!free ? (
        <p className="mt-2 text-sm text-brand-800">
          {t("freeHint", { amount: cart.freeDeliveryShortfall })}
        </p>
      ) : null}
    </section>
  );
}

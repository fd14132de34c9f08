import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { formatInr } from "@/lib/i18n/format";
import type { CartDto } from "@/lib/pharmacy/cart/schemas";

/** Subtotal, delivery fee and total of what can be ordered, the free-delivery hint, checkout. */
export function CartSummary({ cart }: { cart: CartDto }) {
  const t = useTranslations("Pharmacy.cart");
  const orderable = cart.lines.some((l) => l.problem === null);
  const rows: [string, string][] = [
    [t("subtotal"), formatInr(cart.subtotal)],
    [t("delivery"), cart.deliveryFee === "0.00" ? t("free") : formatInr(cart.deliveryFee)],
  ];
  return (
    <Card as="section" aria-labelledby="cart-summary" className="space-y-3">
      <h2 id="cart-summary" className="font-semibold text-slate-900">
        {t("summary")}
      </h2>
      <dl className="space-y-1 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="flex justify-between">
            <dt className="text-slate-600">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="flex justify-between border-t border-slate-200 pt-2 text-base font-semibold">
          <dt>{t("total")}</dt>
          <dd>{formatInr(cart.total)}</dd>
        </div>
      </dl>
      {orderable && cart.freeDeliveryShortfall !== "0.00" ? (
        <p className="text-sm text-emerald-800">
          {t("shortfall", { amount: formatInr(cart.freeDeliveryShortfall) })}
        </p>
      ) : null}
      {cart.needsPrescription ? <p className="text-sm text-amber-900">{t("needsRx")}</p> : null}
      {orderable ? (
        <Link href="/pharmacy/checkout" className={buttonClass("primary", "w-full")}>
          {t("checkout")}
        </Link>
      ) : (
        <>
          <button
            type="button"
            disabled
            aria-describedby="checkout-why"
            className={buttonClass("primary", "w-full")}
          >
            {t("checkout")}
          </button>
          <p id="checkout-why" className="text-sm text-slate-700">
            {t("nothingOrderable")}
          </p>
        </>
      )}
    </Card>
  );
}

import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import type { MedicineOrderDto } from "@/lib/pharmacy/orders/schemas";
import { rupees } from "./order-format";

/** The lines with their prices, the subtotal, delivery fee and total, and how it is paid. */
export async function OrderSummary({ order }: { order: MedicineOrderDto }) {
  const t = await getTranslations("Orders");
  const row = "flex justify-between gap-3";
  return (
    <Card as="section" aria-labelledby="order-lines" className="space-y-3">
      <h2 id="order-lines" className="text-lg font-semibold text-slate-900">
        {t("detail.lines")}
      </h2>
      <ul className="space-y-1 text-sm text-slate-900">
        {order.items.map((item, i) => (
          <li key={`${item.medicineId ?? item.name}-${i}`} className={row}>
            <span>
              {item.name} {t("quantity", { count: item.quantity })}
              {item.medicineId === null ? (
                <span className="text-slate-600"> ({t("detail.removedMedicine")})</span>
              ) : null}
            </span>
            <span>{rupees(item.lineTotal)}</span>
          </li>
        ))}
      </ul>
      <dl className="space-y-1 border-t border-slate-200 pt-2 text-sm">
        <div className={row}>
          <dt className="text-slate-700">{t("detail.subtotal")}</dt>
          <dd>{rupees(order.subtotal)}</dd>
        </div>
        <div className={row}>
          <dt className="text-slate-700">{t("detail.deliveryFee")}</dt>
          <dd>{order.deliveryFee === "0.00" ? t("detail.free") : rupees(order.deliveryFee)}</dd>
        </div>
        <div className={`${row} font-semibold text-slate-900`}>
          <dt>{t("detail.total")}</dt>
          <dd>{rupees(order.total)}</dd>
        </div>
        <div className={row}>
          <dt className="text-slate-700">{t("detail.payment")}</dt>
          <dd>
            {t(`paymentMethod.${order.paymentMethod}`)} ·{" "}
            {t(`paymentStatus.${order.paymentStatus}`)}
          </dd>
        </div>
      </dl>
      {order.prescriptionRecordId ? (
        <p className="text-sm text-slate-700">{t("detail.prescription")}</p>
      ) : null}
    </Card>
  );
}

import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { IdActionForm } from "@/components/admin/IdActionForm";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/Card";
import type { FormAction } from "@/lib/actions/result";
import type { MedicineOrderDto } from "@/lib/pharmacy/orders/schemas";
import { addressLine, rupees, shortNumber } from "./order-format";
import { OrderStatusPill } from "./OrderStatusPill";
import { OrderTracker } from "./OrderTracker";

const SHOWN_LINES = 3;
const active = new Set(["confirmed", "dispatched"]);

/**
 * One order in my history (#19): status pill, short number, the first lines (+N more), total,
 * dates, address; the tracker while it is on its way; Reorder once delivered.
 */
export async function OrderCard({
  order,
  reorderAction,
}: {
  order: MedicineOrderDto;
  reorderAction?: FormAction;
}) {
  const [t, format] = await Promise.all([getTranslations("Orders"), getFormatter()]);
  const headingId = `order-${order.id}`;
  const more = order.items.length - SHOWN_LINES;
  const day = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "Asia/Kolkata" });
  const label = t("orderNumber", { number: shortNumber(order.orderNumber) });
  return (
    <Card as="article" aria-labelledby={headingId} className="space-y-3">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="font-semibold text-slate-900">
            {label}
          </h2>
          <p className="text-sm text-slate-600">
            {t("placedOn", { date: day(order.placedAt) })}
            {order.pharmacyName ? ` · ${order.pharmacyName}` : ""}
          </p>
        </div>
        <OrderStatusPill status={order.status} label={t(`status.${order.status}`)} />
      </header>
      <ul className="text-sm text-slate-900">
        {order.items.slice(0, SHOWN_LINES).map((item, i) => (
          <li key={`${item.medicineId ?? item.name}-${i}`}>
            {item.name} {t("quantity", { count: item.quantity })}
          </li>
        ))}
        {more > 0 ? <li className="text-slate-600">{t("moreLines", { count: more })}</li> : null}
      </ul>
      <p className="font-semibold text-slate-900">
        {t("total")}: {rupees(order.total)}
      </p>
      {active.has(order.status) ? <OrderTracker status={order.status} /> : null}
      {order.expectedDelivery && order.status !== "cancelled" && order.status !== "delivered" ? (
        <p className="text-sm text-slate-700">
          {t("expected", {
            date: format.dateTime(new Date(`${order.expectedDelivery}T12:00:00Z`), {
              dateStyle: "medium",
              timeZone: "UTC",
            }),
          })}
        </p>
      ) : null}
      <p className="text-sm text-slate-700">
        <span className="font-medium">{t("address")}:</span> {addressLine(order.deliveryAddress)}
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <Link
          href={`/pharmacy/orders/${order.id}`}
          aria-label={t("viewLabel", { number: shortNumber(order.orderNumber) })}
          className={buttonClass("secondary")}
        >
          {t("view")}
        </Link>
        {order.canReorder && reorderAction ? (
          <IdActionForm
            action={reorderAction}
            id={order.id}
            label={t("reorder")}
            accessibleLabel={t("reorderLabel", { number: shortNumber(order.orderNumber) })}
            pendingText={t("reordering")}
          />
        ) : null}
      </div>
    </Card>
  );
}

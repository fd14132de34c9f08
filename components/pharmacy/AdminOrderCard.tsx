import { getFormatter, getTranslations } from "next-intl/server";
import { IdActionForm } from "@/components/admin/IdActionForm";
import { ReasonForm } from "@/components/admin/ReasonForm";
import { Card } from "@/components/ui/Card";
import type { FormAction } from "@/lib/actions/result";
import type { AdminMedicineOrderDto } from "@/lib/pharmacy/orders/lifecycle-schemas";
import { addressLine, rupees } from "./order-format";
import { OrderStatusPill } from "./OrderStatusPill";
import { formatPhone } from "@/lib/i18n/format";

const nextStep = {
  pending: "confirmed",
  confirmed: "dispatched",
  dispatched: "delivered",
} as const;

/** One order in the admin queue: who, what, how paid, where; the next step and Cancel. */
export async function AdminOrderCard({
  order: o,
  action,
}: {
  order: AdminMedicineOrderDto;
  action: FormAction;
}) {
  const [t, format] = await Promise.all([getTranslations("AdminOrders"), getFormatter()]);
  const next = o.status in nextStep ? nextStep[o.status as keyof typeof nextStep] : null;
  const unpaid =
    o.status === "pending" &&
    (o.paymentMethod === "upi" || o.paymentMethod === "card") &&
    o.paymentStatus !== "paid";
  const dt = "text-sm font-medium text-slate-600";
  const placed = format.dateTime(new Date(o.placedAt), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Kolkata",
  });
  return (
    <Card as="article" aria-labelledby={`ao-${o.id}`} className="space-y-3">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`ao-${o.id}`} className="text-lg font-semibold text-slate-900">
            {t("orderNumber", { number: o.orderNumber })}
          </h2>
          <p className="text-sm text-slate-700">{t("placed", { date: placed })}</p>
        </div>
        <OrderStatusPill status={o.status} label={t(`status.${o.status}`)} />
      </header>
      <dl className="grid gap-2 sm:grid-cols-2">
        <div>
          <dt className={dt}>{t("patient")}</dt>
          <dd className="text-slate-900">{o.patientName}</dd>
        </div>
        <div>
          <dt className={dt}>{t("payment")}</dt>
          <dd className="text-slate-900">
            {rupees(o.total)} · {t(`paymentMethod.${o.paymentMethod}`)} ·{" "}
            {t(`paymentStatus.${o.paymentStatus}`)}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className={dt}>{t("lines")}</dt>
          <dd className="text-slate-900">
            {o.items.map((i) => `${i.name} × ${i.quantity}`).join("; ")}
            {o.prescriptionRecordId ? ` · ${t("prescription")}` : ""}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className={dt}>{t("address")}</dt>
          <dd className="text-slate-900">
            {addressLine(o.deliveryAddress)} · {formatPhone(o.deliveryAddress.phone)}
          </dd>
        </div>
        {o.notes ? (
          <div className="sm:col-span-2">
            <dt className={dt}>{t("notes")}</dt>
            <dd className="whitespace-pre-line text-slate-900">{o.notes}</dd>
          </div>
        ) : null}
      </dl>
      {o.cancelReason ? (
        <p className="text-sm text-slate-700">{t("cancelReason", { reason: o.cancelReason })}</p>
      ) : null}
      {next || o.canCancel ? (
        <div className="flex flex-wrap items-start gap-3 border-t border-slate-200 pt-3">
          {next && unpaid ? <p className="text-sm text-slate-700">{t("unpaid")}</p> : null}
          {next && !unpaid ? (
            <IdActionForm
              action={action}
              id={o.id}
              hidden={{ status: next }}
              label={t(`actions.${next}`)}
              accessibleLabel={t("actionLabel", {
                action: t(`actions.${next}`),
                number: o.orderNumber,
              })}
              pendingText={t("saving")}
            />
          ) : null}
          {o.canCancel ? (
            <ReasonForm
              action={action}
              id={o.id}
              hidden={{ status: "cancelled" }}
              copy={{
                open: t("cancel.open"),
                title: t("cancel.title"),
                note: t("cancel.note"),
                reason: t("cancel.reason"),
                hint: t("cancel.hint"),
                confirm: t("cancel.confirm"),
                pending: t("cancel.pending"),
              }}
            />
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}

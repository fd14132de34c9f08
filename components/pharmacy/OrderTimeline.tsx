import { getFormatter, getTranslations } from "next-intl/server";
import type { MedicineOrderDto } from "@/lib/pharmacy/orders/schemas";

/** The order's steps with the time each happened (only those that did). */
export async function OrderTimeline({ order }: { order: MedicineOrderDto }) {
  const [t, format] = await Promise.all([getTranslations("Orders.detail"), getFormatter()]);
  const steps = [
    ["placed", order.placedAt],
    ["confirmed", order.confirmedAt],
    ["dispatched", order.dispatchedAt],
    ["delivered", order.deliveredAt],
    ["cancelled", order.cancelledAt],
  ] as const;
  return (
    <ol className="space-y-2 border-l-2 border-brand-200 pl-4">
      {steps.map(([step, at]) =>
        at ? (
          <li key={step}>
            <p className="font-medium text-slate-900">{t(step)}</p>
            <p className="text-sm text-slate-600">
              <time dateTime={at}>
                {format.dateTime(new Date(at), {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: "Asia/Kolkata",
                })}
              </time>
            </p>
            {step === "cancelled" && order.cancelReason ? (
              <p className="text-sm text-slate-700">
                {t("cancelReason", { reason: order.cancelReason })}
              </p>
            ) : null}
          </li>
        ) : null,
      )}
    </ol>
  );
}

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MedicineOrderDto } from "@/lib/pharmacy/orders/schemas";

const steps = ["confirmed", "dispatched", "delivered"] as const;
const reached: Record<MedicineOrderDto["status"], number> = {
  pending: 0,
  confirmed: 1,
  dispatched: 2,
  delivered: 3,
  cancelled: 0,
};

/** Confirmed -> dispatched -> delivered for an active order, the steps done ticked. */
export function OrderTracker({ status }: { status: MedicineOrderDto["status"] }) {
  const t = useTranslations("Orders.tracker");
  const done = reached[status];
  return (
    <ol aria-label={t("label")} className="flex items-center gap-2 text-sm">
      {steps.map((step, i) => {
        const isDone = i < done;
        return (
          <li key={step} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className={`flex size-6 items-center justify-center rounded-full border ${
                isDone ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"
              }`}
            >
              {isDone ? <Check className="size-4" /> : null}
            </span>
            <span className={isDone ? "font-semibold text-slate-900" : "text-slate-600"}>
              {t(step)}
              {isDone ? <span className="sr-only"> ({t("done")})</span> : null}
            </span>
            {i < steps.length - 1 ? (
              <span aria-hidden="true" className="h-px w-4 bg-slate-300" />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

import { useTranslations } from "next-intl";
import { Minus, Plus } from "lucide-react";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { MedicineDto } from "@/lib/pharmacy/schemas";
import type { CartFormActions } from "./cart-actions";

/**
 * "Add" for a medicine not in my cart, a -/+ stepper for one that is; plain forms, so they work
 * without JavaScript. Never-online and out-of-stock medicines say so instead.
 */
export function CartControl({
  medicine,
  inCart,
  returnTo,
  actions,
}: {
  medicine: MedicineDto;
  /** Packs of it in my cart now (0 when none, or signed out). */
  inCart: number;
  returnTo: string;
  actions: CartFormActions;
}) {
  const t = useTranslations("Pharmacy.cartControl");
  const label = medicine.name;
  if (medicine.orderability === "not_online") {
    return <p className="text-sm text-red-800">{t("notOnline")}</p>;
  }
  if (!medicine.inStock && inCart === 0) {
    return <p className="text-sm text-slate-600">{t("outOfStock")}</p>;
  }
  const hidden = (
    <>
      <input type="hidden" name="medicineId" value={medicine.id} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  );
  if (inCart === 0) {
    return (
      <form action={actions.add}>
        {hidden}
        <SubmitButton pendingText={t("adding")} variant="secondary" className="w-full">
          {t("add")}
          <span className="sr-only"> {label}</span>
        </SubmitButton>
      </form>
    );
  }
  return (
    <div
      className="flex items-center justify-between gap-2"
      role="group"
      aria-label={t("group", { name: label })}
    >
      <form action={actions.set}>
        {hidden}
        <input type="hidden" name="quantity" value={inCart - 1} />
        <SubmitButton pendingText={t("updating")} variant="secondary" className="px-3">
          <Minus aria-hidden="true" className="size-4" />
          <span className="sr-only">{inCart === 1 ? t("remove") : t("less")}</span>
        </SubmitButton>
      </form>
      <span className="min-w-8 text-center font-semibold" aria-live="polite">
        {t("inCart", { count: inCart })}
      </span>
      <form action={actions.set}>
        {hidden}
        <input type="hidden" name="quantity" value={inCart + 1} />
        <SubmitButton
          pendingText={t("updating")}
          variant="secondary"
          className="px-3"
          disabled={inCart >= medicine.maxQuantity}
        >
          <Plus aria-hidden="true" className="size-4" />
          <span className="sr-only">{t("more")}</span>
        </SubmitButton>
      </form>
    </div>
  );
}

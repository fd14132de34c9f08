import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/Card";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { MedicineDetailDto } from "@/lib/pharmacy/schemas";
import type { CartFormActions } from "./cart-actions";
import { MedicineBadges } from "./MedicineBadges";
import { PriceTag } from "./PriceTag";

/** Price, stock and "add to cart" with a quantity; a clear note instead when not sold online. */
export function MedicineBuyBox({
  medicine,
  inCart,
  returnTo,
  actions,
}: {
  medicine: MedicineDetailDto;
  inCart: number;
  returnTo: string;
  actions: CartFormActions;
}) {
  const t = useTranslations("Pharmacy.medicine");
  const room = Math.max(0, medicine.maxQuantity - inCart);
  const stock = !medicine.inStock
    ? t("outOfStock")
    : medicine.lowStockCount !== null
      ? t("lowStock", { count: medicine.lowStockCount })
      : t("inStock");
  return (
    <Card as="section" aria-labelledby="buy-box" className="space-y-3">
      <h2 id="buy-box" className="sr-only">
        {t("buyTitle")}
      </h2>
      <MedicineBadges medicine={medicine} />
      <PriceTag medicine={medicine} />
      <p className="text-sm text-slate-600">{t("mrpNote")}</p>
      {medicine.orderability === "not_online" ? (
        <p className="rounded-lg bg-red-50 p-3 text-sm text-red-900">{t("notOnline")}</p>
      ) : (
        <>
          <p
            className={`text-sm font-medium ${medicine.inStock ? "text-emerald-800" : "text-slate-700"}`}
          >
            {stock}
          </p>
          {medicine.orderability === "prescription" ? (
            <p className="text-sm text-amber-900">{t("rxNote", { cap: medicine.maxQuantity })}</p>
          ) : null}
          {inCart > 0 ? (
            <p className="text-sm text-slate-700">{t("inCart", { count: inCart })}</p>
          ) : null}
          {medicine.inStock && room > 0 ? (
            <form action={actions.add} className="space-y-3">
              <input type="hidden" name="medicineId" value={medicine.id} />
              <input type="hidden" name="returnTo" value={returnTo} />
              <Field
                id="buy-quantity"
                label={t("quantity")}
                hint={t("quantityHint", { max: room })}
              >
                {(control) => (
                  <Input
                    {...control}
                    type="number"
                    name="quantity"
                    min={1}
                    max={room}
                    defaultValue={1}
                    inputMode="numeric"
                    required
                  />
                )}
              </Field>
              <SubmitButton pendingText={t("adding")} className="w-full">
                {t("add")}
              </SubmitButton>
            </form>
          ) : medicine.inStock ? (
            <p className="text-sm text-slate-700">{t("atCap")}</p>
          ) : null}
        </>
      )}
    </Card>
  );
}

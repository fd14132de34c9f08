import { useTranslations } from "next-intl";
import { formatInr } from "@/lib/i18n/format";
import type { MedicineDto } from "@/lib/pharmacy/schemas";

/** The price, the MRP struck through and the percent off, when there is a discount. */
export function PriceTag({ medicine }: { medicine: MedicineDto }) {
  const t = useTranslations("Pharmacy.price");
  return (
    <p className="flex flex-wrap items-baseline gap-x-2">
      <span className="text-lg font-semibold text-slate-900">{formatInr(medicine.price)}</span>
      {medicine.discountPercent > 0 ? (
        <>
          <span className="text-sm text-slate-500">
            <span className="sr-only">{t("mrp")} </span>
            <s>{formatInr(medicine.mrp)}</s>
          </span>
          <span className="text-sm font-medium text-emerald-700">
            {t("off", { percent: medicine.discountPercent })}
          </span>
        </>
      ) : null}
    </p>
  );
}

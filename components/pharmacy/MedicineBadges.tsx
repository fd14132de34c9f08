import { useTranslations } from "next-intl";
import type { MedicineDto } from "@/lib/pharmacy/schemas";

const badge = "rounded-full px-2 py-0.5 text-xs font-semibold";

/** "Rx", "Not sold online" and "Out of stock" marks of one medicine. */
export function MedicineBadges({ medicine }: { medicine: MedicineDto }) {
  const t = useTranslations("Pharmacy.badges");
  return (
    <div className="flex flex-wrap gap-1">
      {medicine.orderability === "prescription" ? (
        <span className={`${badge} bg-amber-100 text-amber-900`} title={t("rxTitle")}>
          {t("rx")}
        </span>
      ) : null}
      {medicine.orderability === "not_online" ? (
        <span className={`${badge} bg-red-100 text-red-800`}>{t("notOnline")}</span>
      ) : null}
      {!medicine.inStock && medicine.orderability !== "not_online" ? (
        <span className={`${badge} bg-slate-200 text-slate-800`}>{t("outOfStock")}</span>
      ) : null}
    </div>
  );
}

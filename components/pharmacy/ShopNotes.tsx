import { useTranslations } from "next-intl";
import { FileText, Truck } from "lucide-react";
import { Card } from "@/components/ui/Card";
import { formatInr } from "@/lib/i18n/format";
import { DELIVERY_FEE, FREE_DELIVERY_FROM } from "@/lib/pharmacy/pricing";

/** The delivery promise (from the fee rule) and what prescription-only medicines need. */
export function ShopNotes() {
  const t = useTranslations("Pharmacy.notes");
  return (
    <>
      <p className="flex items-start gap-2 text-sm text-slate-700">
        <Truck aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-brand-700" />
        {t("delivery", { from: formatInr(FREE_DELIVERY_FROM), fee: formatInr(DELIVERY_FEE) })}
      </p>
      <Card flat className="border-amber-300 bg-amber-50">
        <h2 className="flex items-center gap-2 font-semibold text-amber-950">
          <FileText aria-hidden="true" className="size-4" />
          {t("rxTitle")}
        </h2>
        <p className="mt-1 text-sm text-amber-950">{t("rxBody")}</p>
      </Card>
    </>
  );
}

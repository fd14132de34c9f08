import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { MedicineDto } from "@/lib/pharmacy/schemas";
import type { CartFormActions } from "./cart-actions";
import { CartControl } from "./CartControl";
import { MedicineBadges } from "./MedicineBadges";
import { PriceTag } from "./PriceTag";

/** One medicine in the shop grid: name (and Hindi name in Hindi), pack, price, marks, cart. */
export function MedicineCard({
  medicine,
  inCart,
  returnTo,
  actions,
}: {
  medicine: MedicineDto;
  inCart: number;
  returnTo: string;
  actions: CartFormActions;
}) {
  const t = useTranslations("Pharmacy.card");
  const locale = useLocale();
  const hindi = locale === "hi" && medicine.nameHi ? medicine.nameHi : null;
  return (
    <li className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <MedicineBadges medicine={medicine} />
      <h3 className="text-base font-semibold text-slate-900">
        <Link
          href={`/pharmacy/medicines/${medicine.id}`}
          prefetch={false}
          className="hover:underline"
        >
          {hindi ?? medicine.name}
        </Link>
      </h3>
      {hindi ? (
        <p className="text-sm text-slate-600" lang="en">
          {medicine.name}
        </p>
      ) : null}
      <p className="text-sm text-slate-600">
        {[medicine.packSize, medicine.manufacturer].filter(Boolean).join(" · ") || t("noPack")}
      </p>
      <div className="mt-auto space-y-2">
        <PriceTag medicine={medicine} />
        <CartControl medicine={medicine} inCart={inCart} returnTo={returnTo} actions={actions} />
      </div>
    </li>
  );
}

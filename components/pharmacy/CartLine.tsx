import Link from "next/link";
import { useTranslations } from "next-intl";
import { TriangleAlert } from "lucide-react";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { formatInr } from "@/lib/i18n/format";
import type { CartLineDto } from "@/lib/pharmacy/cart/schemas";
import type { CartFormActions } from "./cart-actions";
import { CartControl } from "./CartControl";
import { MedicineBadges } from "./MedicineBadges";

/** One cart line: the medicine, -/+ and remove, its allergy warning and what stops it, if anything. */
export function CartLine({ line, actions }: { line: CartLineDto; actions: CartFormActions }) {
  const t = useTranslations("Pharmacy.cart");
  const { medicine } = line;
  return (
    <li className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <MedicineBadges medicine={medicine} />
          <h2 className="font-semibold text-slate-900">
            <Link href={`/pharmacy/medicines/${medicine.id}`} className="hover:underline">
              {medicine.name}
            </Link>
          </h2>
          <p className="text-sm text-slate-600">
            {t("each", { price: formatInr(medicine.price), pack: medicine.packSize ?? "" })}
          </p>
        </div>
        <p className="font-semibold text-slate-900">{formatInr(line.lineTotal)}</p>
      </div>
      {line.allergyMatches.length > 0 ? (
        <p className="flex items-start gap-2 rounded-lg bg-red-50 p-2 text-sm text-red-900">
          <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {t("allergy", { allergies: line.allergyMatches.join(", ") })}
        </p>
      ) : null}
      {line.problem ? (
        <p className="text-sm font-medium text-amber-900">
          {t(`problems.${line.problem}`, { cap: medicine.maxQuantity })}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        {/* A line that can never be ordered only offers removal; its problem says why. */}
        {line.problem === "not_online" || line.problem === "unavailable" ? (
          <span />
        ) : (
          <div className="w-40">
            <CartControl
              medicine={medicine}
              inCart={line.quantity}
              returnTo="/pharmacy/cart"
              actions={actions}
            />
          </div>
        )}
        <form action={actions.remove}>
          <input type="hidden" name="medicineId" value={medicine.id} />
          <input type="hidden" name="returnTo" value="/pharmacy/cart" />
          <SubmitButton pendingText={t("removing")} variant="ghost">
            {t("remove")}
            <span className="sr-only"> {medicine.name}</span>
          </SubmitButton>
        </form>
      </div>
    </li>
  );
}

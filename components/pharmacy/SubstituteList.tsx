import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/Card";
import { formatInr } from "@/lib/i18n/format";
import type { MedicineDto } from "@/lib/pharmacy/schemas";

/** Other medicines of the same composition, cheapest first, each a link to its page. */
export function SubstituteList({ substitutes }: { substitutes: MedicineDto[] }) {
  const t = useTranslations("Pharmacy.medicine");
  return (
    <Card as="section" aria-labelledby="substitutes">
      <h2 id="substitutes" className="font-semibold text-slate-900">
        {t("substitutesTitle")}
      </h2>
      {substitutes.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("noSubstitutes")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {substitutes.map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-3 py-2 text-sm">
              <span>
                <Link
                  href={`/pharmacy/medicines/${s.id}`}
                  className="font-medium text-brand-800 hover:underline"
                >
                  {s.name}
                </Link>
                <span className="block text-slate-600">
                  {[s.manufacturer, s.packSize].filter(Boolean).join(" · ")}
                </span>
              </span>
              <span className="font-semibold text-slate-900">{formatInr(s.price)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

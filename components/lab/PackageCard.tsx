import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/Card";
import { formatInr } from "@/lib/i18n/format";
import type { LabTestDto } from "@/lib/lab/schemas";

/** A health package: price with the MRP struck, a "most popular" ribbon, its tests, Book. */
export function PackageCard({ pkg }: { pkg: LabTestDto }) {
  const t = useTranslations("Lab.packages");
  return (
    <article className={`${cardClass} relative flex h-full flex-col gap-2`}>
      {pkg.isPopular ? (
        <p className="absolute -top-2 right-3 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
          {t("popular")}
        </p>
      ) : null}
      <h3 className="font-semibold text-slate-900">
        <Link href={`/lab-tests/${pkg.id}`} className="hover:underline">
          {pkg.name}
        </Link>
      </h3>
      <p className="text-sm text-slate-700">
        {t("includes", { tests: pkg.includes.map((i) => i.name).join(", ") })}
      </p>
      <p className="mt-auto flex items-baseline gap-2">
        <span className="text-lg font-bold text-slate-900">{formatInr(pkg.price)}</span>
        <s className="text-sm text-slate-500">{t("was", { mrp: formatInr(pkg.mrp) })}</s>
      </p>
      <Link href={`/lab-tests/book?tests=${pkg.id}`} className={buttonClass("secondary")}>
        {t("book")}
      </Link>
    </article>
  );
}

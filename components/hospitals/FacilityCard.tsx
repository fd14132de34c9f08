import Link from "next/link";
import { ExternalLink, Phone, Siren, Star } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { directionsUrl, type FacilitySummaryDto } from "@/lib/facilities/schemas";

const linkClass =
  "inline-flex min-h-11 items-center gap-2 rounded-lg px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50";

/** One facility on the hospitals list: badges, distance, rating, departments and its links. */
export async function FacilityCard({ facility }: { facility: FacilitySummaryDto }) {
  const t = await getTranslations("Hospitals");
  const shown = facility.departments.slice(0, 3);
  const more = facility.departments.length - shown.length;
  const phone = facility.emergencyPhone ?? facility.phone;
  const deptLabel = (d: string) =>
    t.has(`departments.${d}` as never) ? t(`departments.${d}` as never) : d;
  return (
    <article className="flex h-full flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold text-slate-900">{facility.name}</h2>
          <p className="text-sm text-slate-700">
            {t(`types.${facility.type}`)} · {t(`categories.${facility.category}`)}
            {facility.area ? ` · ${facility.area}` : ""}
          </p>
        </div>
        {facility.distanceKm !== null ? (
          <p className="shrink-0 text-sm font-semibold text-slate-900">
            {t("distance", { km: facility.distanceKm })}
          </p>
        ) : null}
      </div>
      <ul className="mt-2 flex flex-wrap gap-2 text-xs font-semibold">
        <li
          className={`rounded-full px-2 py-1 ${facility.is24x7 ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-800"}`}
        >
          {facility.is24x7 ? t("badge24x7") : t("badgeLimited")}
        </li>
        {facility.hasEmergency ? (
          <li className="inline-flex items-center gap-1 rounded-full bg-red-100 px-2 py-1 text-red-900">
            <Siren aria-hidden="true" className="size-3" />
            {t("badgeEmergency")}
          </li>
        ) : null}
      </ul>
      <p className="mt-2 flex items-center gap-1 text-sm text-slate-800">
        <Star aria-hidden="true" className="size-4 text-amber-600" />
        {facility.ratingCount > 0
          ? t("rating", { rating: facility.ratingAvg.toFixed(1) })
          : t("noRating")}
      </p>
      {shown.length > 0 ? (
        <p className="mt-1 text-sm text-slate-700">
          {shown.map(deptLabel).join(", ")}
          {more > 0 ? ` ${t("moreDepartments", { count: more })}` : ""}
        </p>
      ) : null}
      <div className="mt-auto flex flex-wrap gap-1 pt-3">
        {phone ? (
          <a
            href={`tel:${phone}`}
            aria-label={t("callLabel", { name: facility.name })}
            className={linkClass}
          >
            <Phone aria-hidden="true" className="size-4" />
            {t("call")}
          </a>
        ) : null}
        <a
          href={directionsUrl(facility.latitude, facility.longitude)}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t("directionsLabel", { name: facility.name })}
          className={linkClass}
        >
          <ExternalLink aria-hidden="true" className="size-4" />
          {t("directions")}
        </a>
        <Link
          href={`/hospitals/${facility.id}`}
          aria-label={t("detailsLabel", { name: facility.name })}
          className={linkClass}
        >
          {t("details")}
        </Link>
      </div>
    </article>
  );
}

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { specialtyLabel } from "@/lib/doctors/specialties";
import type { DoctorSummaryDto } from "@/lib/doctors/schemas";
import { formatInr, languageLabel } from "@/lib/i18n/format";
import { bareName } from "@/components/doctors/doctor-name";
import { DoctorAvatar } from "./DoctorAvatar";
import { DoctorRating } from "./DoctorRating";

/** One doctor in a list: the whole card links to the profile via the name's stretched link. */
export function DoctorCard({
  doctor,
  headingLevel = 3,
  check,
}: {
  doctor: DoctorSummaryDto;
  headingLevel?: 2 | 3;
  /** A symptom check to share, carried to the profile and on to booking. */
  check?: string;
}) {
  const t = useTranslations("Doctors.card");
  const locale = useLocale();
  const name = bareName(doctor.name);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const fees = [
    doctor.offersOnline && doctor.feeOnline
      ? t("feeOnline", { fee: formatInr(doctor.feeOnline) })
      : null,
    doctor.offersOffline && doctor.feeOffline
      ? t("feeClinic", { fee: formatInr(doctor.feeOffline) })
      : null,
  ].filter((f): f is string => f !== null);

  return (
    <article className="relative flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-300 hover:shadow-md focus-within:border-brand-600">
      <div className="flex gap-3">
        <DoctorAvatar name={name} photoUrl={doctor.photoUrl} size="card" />
        <div className="min-w-0 flex-1">
          <Heading className="truncate text-base font-semibold text-slate-900">
            <Link
              href={check ? `/doctors/${doctor.id}?check=${check}` : `/doctors/${doctor.id}`}
              prefetch={false}
              className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
            >
              {t("name", { name })}
            </Link>
          </Heading>
          <p className="text-sm font-medium text-brand-800">
            {specialtyLabel(doctor.specialty, locale)}
          </p>
          {doctor.qualification ? (
            <p className="truncate text-sm text-slate-600">{doctor.qualification}</p>
          ) : null}
        </div>
      </div>

      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
        <DoctorRating
          rating={doctor.rating}
          countText={t("reviews", { count: doctor.ratingCount })}
          label={(rating) => t("rating", { rating, count: doctor.ratingCount })}
          newText={t("new")}
        />
        <span className="icon-before icon-clock inline-flex items-center gap-1 before:bg-slate-500">
          {t("experience", { years: doctor.experienceYears })}
        </span>
      </div>

      <ul className="mt-3 flex flex-wrap gap-2 text-xs font-medium">
        {doctor.offersOnline ? (
          <li className="icon-before icon-video inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-1 text-emerald-800">
            {t("online")}
          </li>
        ) : null}
        {doctor.offersOffline ? (
          <li className="icon-before icon-map-pin inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-1 text-slate-700">
            {doctor.city ? t("clinicIn", { city: doctor.city }) : t("clinic")}
          </li>
        ) : null}
      </ul>

      {doctor.languages.length > 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          {t("languages", {
            languages: doctor.languages.map((l) => languageLabel(l, locale)).join(", "),
          })}
        </p>
      ) : null}

      <div className="mt-auto flex items-end justify-between gap-2 pt-3">
        <p className="text-sm font-semibold text-slate-900">{fees.join(" · ")}</p>
        <span
          aria-hidden="true"
          className="icon-after icon-chevron-right inline-flex shrink-0 items-center text-sm font-semibold whitespace-nowrap text-brand-700"
        >
          {t("viewProfile")}
        </span>
      </div>
    </article>
  );
}

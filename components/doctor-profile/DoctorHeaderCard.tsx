import { BadgeCheck, Clock, Star } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { DoctorDetailDto } from "@/lib/doctors/schemas";
import { specialtyLabel } from "@/lib/doctors/specialties";
import { bareName, cardClass } from "@/components/appointments/styles";

/** Photo or initial, "Dr." name, specialty, qualification, rating with count, years, verified badge. */
export function DoctorHeaderCard({ doctor }: { doctor: DoctorDetailDto }) {
  const t = useTranslations("DoctorProfile");
  const locale = useLocale();
  const name = bareName(doctor.name);
  return (
    <section aria-labelledby="doctor-name" className={`${cardClass} flex gap-4`}>
      {doctor.photoUrl?.startsWith("/") ? (
        // eslint-disable-next-line @next/next/no-img-element -- same-origin thumbnail; next/image would add client JS
        <img
          src={doctor.photoUrl}
          alt=""
          width={80}
          height={80}
          className="size-20 shrink-0 rounded-full object-cover"
        />
      ) : (
        <span
          aria-hidden="true"
          className="grid size-20 shrink-0 place-items-center rounded-full bg-brand-100 text-3xl font-bold text-brand-800"
        >
          {name.charAt(0).toUpperCase()}
        </span>
      )}
      <div className="min-w-0 flex-1">
        <h1
          id="doctor-name"
          className="text-xl font-bold tracking-tight text-slate-900 md:text-2xl"
        >
          {t("name", { name })}
        </h1>
        <p className="font-medium text-brand-800">{specialtyLabel(doctor.specialty, locale)}</p>
        {doctor.qualification ? (
          <p className="text-sm text-slate-600">{doctor.qualification}</p>
        ) : null}
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
          {doctor.rating !== null ? (
            <span className="inline-flex items-center gap-1">
              <Star aria-hidden="true" className="size-4 fill-amber-400 text-amber-500" />
              <span aria-hidden="true">
                <span className="font-semibold">{doctor.rating.toFixed(1)}</span>{" "}
                {t("reviewCount", { count: doctor.ratingCount })}
              </span>
              <span className="sr-only">
                {t("rating", { rating: doctor.rating.toFixed(1), count: doctor.ratingCount })}
              </span>
            </span>
          ) : (
            <span className="rounded-full bg-sky-50 px-2 py-0.5 text-xs font-semibold text-sky-800">
              {t("new")}
            </span>
          )}
          <span className="inline-flex items-center gap-1">
            <Clock aria-hidden="true" className="size-4 text-slate-500" />
            {t("experience", { years: doctor.experienceYears })}
          </span>
          {doctor.verified ? (
            <span className="inline-flex items-center gap-1 font-medium text-emerald-800">
              <BadgeCheck aria-hidden="true" className="size-4" />
              {t("verified")}
            </span>
          ) : null}
        </div>
      </div>
    </section>
  );
}

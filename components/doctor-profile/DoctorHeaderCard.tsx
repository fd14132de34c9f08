import { BadgeCheck, Clock } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { DoctorDetailDto } from "@/lib/doctors/schemas";
import { specialtyLabel } from "@/lib/doctors/specialties";
import { bareName } from "@/components/doctors/doctor-name";
import { cardClass } from "@/components/ui/Card";
import { DoctorAvatar } from "@/components/doctors/DoctorAvatar";
import { DoctorRating } from "@/components/doctors/DoctorRating";

/** Photo or initial, "Dr." name, specialty, qualification, rating with count, years, verified badge. */
export function DoctorHeaderCard({ doctor }: { doctor: DoctorDetailDto }) {
  const t = useTranslations("DoctorProfile");
  const locale = useLocale();
  const name = bareName(doctor.name);
  return (
    <section aria-labelledby="doctor-name" className={`${cardClass} flex gap-4`}>
      <DoctorAvatar name={name} photoUrl={doctor.photoUrl} size="header" />
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
          <DoctorRating
            rating={doctor.rating}
            countText={t("reviewCount", { count: doctor.ratingCount })}
            label={(rating) => t("rating", { rating, count: doctor.ratingCount })}
            newText={t("new")}
          />
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

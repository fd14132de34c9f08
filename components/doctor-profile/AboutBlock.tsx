import { useLocale, useTranslations } from "next-intl";
import type { DoctorDetailDto } from "@/lib/doctors/schemas";
import { languageLabel } from "@/lib/i18n/format";
import { cardClass } from "@/components/ui/Card";

/** About: bio, qualification, experience, languages. */
export function AboutBlock({ doctor }: { doctor: DoctorDetailDto }) {
  const t = useTranslations("DoctorProfile.about");
  const locale = useLocale();
  const rows = [
    doctor.qualification ? { term: t("qualification"), value: doctor.qualification } : null,
    { term: t("experience"), value: t("years", { years: doctor.experienceYears }) },
    doctor.languages.length > 0
      ? {
          term: t("languages"),
          value: doctor.languages.map((l) => languageLabel(l, locale)).join(", "),
        }
      : null,
  ].filter((r) => r !== null);
  return (
    <section aria-labelledby="about-title" className={cardClass}>
      <h2 id="about-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {doctor.bio ? (
        <p className="mt-2 leading-relaxed whitespace-pre-line text-slate-700">{doctor.bio}</p>
      ) : null}
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        {rows.map((row) => (
          <div key={row.term} className="contents">
            <dt className="font-medium text-slate-600">{row.term}</dt>
            <dd className="text-slate-900">{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

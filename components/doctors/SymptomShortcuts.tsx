import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DoctorListQuery } from "@/lib/doctors/schemas";
import { symptomShortcuts } from "@/lib/doctors/symptom-shortcuts";
import { doctorSearchHref } from "./search-params";

/** "Not sure whom to see?": common complaints, each opening the list of the right specialty. */
export function SymptomShortcuts({ query }: { query: DoctorListQuery }) {
  const t = useTranslations("Doctors.symptoms");
  return (
    <section aria-labelledby="symptom-shortcuts-title">
      <h2 id="symptom-shortcuts-title" className="text-sm font-semibold text-slate-800">
        {t("title")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {symptomShortcuts.map((s) => (
          <li key={s.key}>
            <Link
              href={doctorSearchHref(query, { specialty: s.specialty, page: undefined })}
              prefetch={false}
              className="inline-flex min-h-9 items-center rounded-lg bg-brand-50 px-3 text-sm font-medium text-brand-900 hover:bg-brand-100"
            >
              {t(s.key)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

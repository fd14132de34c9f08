import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ShieldCheck } from "lucide-react";
import type { RecordShareDto } from "@/lib/record-shares/schemas";
import { bareName } from "@/components/doctors/doctor-name";
import { formatDateTimeIst, specialtyText } from "./format";

/**
 * The consent in plain words, as ABDM consent artefacts put it: who may read, what, why, until
 * when (India time), and that it can be revoked and every read is logged. `children` holds the
 * confirm button.
 */
export function ConsentSummary({
  doctor,
  records,
  purpose,
  expiresAt,
  children,
}: {
  doctor: { name: string; specialty: string | null };
  /** The chosen records, or null for all (and any added later). */
  records: readonly { id: string; title: string }[] | null;
  purpose: RecordShareDto["purpose"];
  expiresAt: string;
  children: ReactNode;
}) {
  const t = useTranslations("recordShares");
  const locale = useLocale();
  const specialty = specialtyText(doctor.specialty, locale);
  const row = "grid gap-1 sm:grid-cols-[8rem_1fr]";
  return (
    <section
      aria-labelledby="consent-heading"
      className="space-y-4 rounded-xl border border-brand-200 bg-brand-50/60 p-4"
    >
      <div>
        <h2
          id="consent-heading"
          className="flex items-center gap-2 text-lg font-semibold text-slate-900"
        >
          <ShieldCheck aria-hidden="true" className="size-5 text-brand-700" />
          {t("consent.heading")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("consent.intro")}</p>
      </div>
      <dl className="space-y-3 text-sm">
        <div className={row}>
          <dt className="font-semibold text-slate-700">{t("consent.who")}</dt>
          <dd className="text-slate-900">
            {t("doctorName", { name: bareName(doctor.name) })}
            {specialty ? ` · ${specialty}` : ""}
          </dd>
        </div>
        <div className={row}>
          <dt className="font-semibold text-slate-700">{t("consent.what")}</dt>
          <dd className="text-slate-900">
            {records === null ? (
              t("consent.whatAll")
            ) : (
              <>
                {t("consent.whatSelected", { count: records.length })}
                <ul className="mt-1 list-disc pl-5">
                  {records.map((r) => (
                    <li key={r.id}>{r.title}</li>
                  ))}
                </ul>
              </>
            )}
          </dd>
        </div>
        <div className={row}>
          <dt className="font-semibold text-slate-700">{t("consent.why")}</dt>
          <dd className="text-slate-900">{t(`purposes.${purpose}`)}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold text-slate-700">{t("consent.until")}</dt>
          <dd className="text-slate-900">
            <time dateTime={expiresAt}>
              {t("consent.untilValue", { when: formatDateTimeIst(expiresAt, locale) })}
            </time>
          </dd>
        </div>
      </dl>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
        <li>{t("consent.revocable")}</li>
        <li>{t("consent.logged")}</li>
      </ul>
      {children}
    </section>
  );
}

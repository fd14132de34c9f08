import Link from "next/link";
import { FileText } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { buttonClass } from "@/components/ui/button-styles";
import type { HealthRecordDto } from "@/lib/health-records/schemas";
import { formatDate } from "@/lib/i18n/format";
import type { RecordShareDto } from "@/lib/record-shares/schemas";
import { formatDateTimeIst } from "./format";

/**
 * The doctor's side of a consent: what the patient agreed to, in plain words, and the records it
 * lets them read now, each with its page, an inline preview and a download (every one logged).
 */
export function SharedRecordsView({
  shares,
  records,
}: {
  shares: readonly RecordShareDto[];
  records: readonly HealthRecordDto[];
}) {
  const t = useTranslations("DoctorArea.records");
  const locale = useLocale();
  if (shares.length === 0 || records.length === 0) {
    return (
      <EmptyState icon={<FileText aria-hidden="true" />} title={t("empty")} hint={t("emptyHint")} />
    );
  }
  return (
    <div className="space-y-6">
      <section aria-labelledby="consent-heading" className="space-y-2">
        <h2 id="consent-heading" className="text-lg font-semibold text-slate-900">
          {t("sharesHeading")}
        </h2>
        <ul className="space-y-2">
          {shares.map((share) => (
            <li
              key={share.id}
              className="rounded-lg border border-brand-200 bg-brand-50/60 p-3 text-sm text-slate-900"
            >
              {t("share", {
                purpose: t(`purposes.${share.purpose}`),
                what:
                  share.records === null
                    ? t("shareAll")
                    : t("shareSelected", { count: share.records.length }),
                until: formatDateTimeIst(share.expiresAt, locale),
              })}
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-600">{t("logged")}</p>
      </section>
      <section aria-labelledby="records-heading" className="space-y-3">
        <h2 id="records-heading" className="text-lg font-semibold text-slate-900">
          {t("recordsHeading")}
        </h2>
        <ul className="grid gap-3 md:grid-cols-2">
          {records.map((record) => (
            <Card as="li" key={record.id} className="space-y-2">
              <h3 className="font-semibold break-words text-slate-900">
                <Link
                  href={`/records/${record.id}`}
                  aria-label={t("openLabel", { title: record.title })}
                  className="text-brand-800 underline"
                >
                  {record.title}
                </Link>
              </h3>
              <p className="text-sm text-slate-700">
                {t(`types.${record.recordType}`)}
                {" · "}
                {record.documentDate
                  ? t("documentDate", { date: formatDate(record.documentDate, locale) })
                  : t("uploaded", { date: formatDate(record.createdAt, locale) })}
              </p>
              {record.file ? (
                <div className="flex flex-wrap gap-2">
                  <a
                    href={record.file.previewUrl}
                    target="_blank"
                    rel="noopener"
                    aria-label={t("previewLabel", { title: record.title })}
                    className={buttonClass("secondary")}
                  >
                    {t("preview")}
                  </a>
                  <a
                    href={record.file.downloadUrl}
                    download
                    aria-label={t("downloadLabel", { title: record.title })}
                    className={buttonClass("secondary")}
                  >
                    {t("download")}
                  </a>
                </div>
              ) : null}
            </Card>
          ))}
        </ul>
      </section>
    </div>
  );
}

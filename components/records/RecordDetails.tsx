import { useLocale, useTranslations } from "next-intl";
import type { HealthRecordDto } from "@/lib/health-records/schemas";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { fileSizeText } from "./record-look";

/** A record's metadata as a description list; a missing value says so instead of hiding. */
export function RecordDetails({ record }: { record: HealthRecordDto }) {
  const t = useTranslations("records");
  const locale = useLocale();
  const rows: { label: string; value: string | null }[] = [
    { label: t("upload.type"), value: t(`types.${record.recordType}`) },
    {
      label: t("upload.documentDate"),
      value: record.documentDate ? formatDate(record.documentDate, locale) : null,
    },
    { label: t("upload.doctorName"), value: record.doctorName },
    { label: t("upload.hospitalName"), value: record.hospitalName },
    { label: t("detail.uploaded"), value: formatDate(record.createdAt, locale) },
    { label: t("detail.source"), value: t(`detail.sources.${record.source}`) },
    {
      label: t("card.size"),
      value: record.file
        ? fileSizeText(record.file.sizeBytes, intlLocale[locale], {
            kb: t.raw("card.kb") as string,
            mb: t.raw("card.mb") as string,
          })
        : null,
    },
  ];
  return (
    <div className="space-y-4">
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {rows.map((row) => (
          <div key={row.label}>
            <dt className="text-sm text-slate-600">{row.label}</dt>
            <dd className={row.value ? "text-slate-900" : "text-slate-500 italic"}>
              {row.value ?? t("detail.notSet")}
            </dd>
          </div>
        ))}
      </dl>
      {record.description ? (
        <div>
          <h3 className="text-sm text-slate-600">{t("detail.description")}</h3>
          <p className="whitespace-pre-line text-slate-900">{record.description}</p>
        </div>
      ) : null}
    </div>
  );
}

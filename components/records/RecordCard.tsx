import Link from "next/link";
import { BadgeCheck, Download, Share2 } from "lucide-react";
import { buttonClass } from "@/components/ui/button-styles";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/Card";
import type { HealthRecordDto } from "@/lib/health-records/schemas";
import { intlLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { fileSizeText, recordTypeLook } from "./record-look";

/**
 * One record in the list: type, title (the link to its page), doctor, hospital, date, size, and
 * Download (when it has a file) and Share, as pages.md #11's card has them.
 */
export function RecordCard({ record }: { record: HealthRecordDto }) {
  const t = useTranslations("records");
  const locale = useLocale();
  const { Icon, tone } = recordTypeLook[record.recordType];
  const facts = [
    { label: t("card.doctor"), value: record.doctorName },
    { label: t("card.hospital"), value: record.hospitalName },
    {
      label: t("card.date"),
      value: formatDate(record.documentDate ?? record.createdAt, locale),
    },
    {
      label: t("card.size"),
      value: record.file
        ? fileSizeText(record.file.sizeBytes, intlLocale[locale], {
            kb: t.raw("card.kb") as string,
            mb: t.raw("card.mb") as string,
          })
        : t("card.noFile"),
    },
  ].filter((f): f is { label: string; value: string } => Boolean(f.value));
  return (
    <Card
      as="article"
      aria-labelledby={`record-${record.id}`}
      className="flex h-full gap-3 hover:border-brand-300"
    >
      <span className={`grid size-11 shrink-0 place-items-center rounded-full ${tone}`}>
        <Icon aria-hidden="true" className="size-5" />
      </span>
      <div className="min-w-0 flex-1">
        <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
          {t(`types.${record.recordType}`)}
        </p>
        <h3 id={`record-${record.id}`} className="mt-0.5 font-semibold break-words text-slate-900">
          <Link href={`/records/${record.id}`} prefetch={false} className="hover:underline">
            {record.title}
          </Link>
        </h3>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          {facts.map((f) => (
            <div key={f.label} className="contents">
              <dt className="text-slate-600">{f.label}</dt>
              <dd className="min-w-0 truncate text-slate-800">{f.value}</dd>
            </div>
          ))}
        </dl>
        {record.abhaSynced ? (
          <p className="mt-2 inline-flex items-center gap-1 text-xs font-semibold text-emerald-800">
            <BadgeCheck aria-hidden="true" className="size-4" />
            {t("card.abhaSynced")}
          </p>
        ) : null}
        <div className="mt-3 flex flex-wrap gap-2">
          {record.file ? (
            <a
              href={`/records/${record.id}/file?download=1`}
              download
              aria-label={t("card.downloadLabel", { title: record.title })}
              className={buttonClass("secondary", "px-3")}
            >
              <Download aria-hidden="true" className="size-4" />
              {t("card.download")}
            </a>
          ) : null}
          <Link
            href={`/records/shares?record=${record.id}`}
            prefetch={false}
            aria-label={t("card.shareLabel", { title: record.title })}
            className={buttonClass("secondary", "px-3")}
          >
            <Share2 aria-hidden="true" className="size-4" />
            {t("card.share")}
          </Link>
        </div>
      </div>
    </Card>
  );
}

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { AccessLogEntryDto } from "@/lib/record-shares/schemas";
import { formatDateTimeIst } from "./format";

/**
 * Who read my records: one row per read, newest first. A record that still exists links to its
 * page; a deleted one keeps the title it had. Scrolls sideways on a narrow screen.
 */
export function AccessLogTable({ entries }: { entries: readonly AccessLogEntryDto[] }) {
  const t = useTranslations("recordShares.log");
  const locale = useLocale();
  // The domain writes its reasons in English ("record share"); the known ones are translated.
  const reason = (value: string | null) =>
    value === "record share" ? t("reasons.share") : value === "admin" ? t("reasons.admin") : value;
  const th = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase";
  const td = "px-3 py-2 align-top text-sm text-slate-900";
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white" tabIndex={0}>
      <table className="min-w-full divide-y divide-slate-200">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              {t("when")}
            </th>
            <th scope="col" className={th}>
              {t("who")}
            </th>
            <th scope="col" className={th}>
              {t("record")}
            </th>
            <th scope="col" className={th}>
              {t("action")}
            </th>
            <th scope="col" className={th}>
              {t("door")}
            </th>
            <th scope="col" className={th}>
              {t("reason")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={`${td} whitespace-nowrap`}>
                <time dateTime={entry.at}>{formatDateTimeIst(entry.at, locale)}</time>
              </td>
              <td className={td}>
                {entry.reader ? (
                  <>
                    <span className="font-medium">{entry.reader.name}</span>
                    <span className="block text-xs text-slate-600">
                      {t(`roles.${entry.reader.role}`)}
                    </span>
                  </>
                ) : (
                  <span className="text-slate-600">{t("unknownReader")}</span>
                )}
              </td>
              <td className={td}>
                {entry.recordId ? (
                  <Link
                    href={`/records/${entry.recordId}`}
                    className="font-medium text-brand-800 underline"
                  >
                    {entry.title}
                  </Link>
                ) : (
                  <span className="text-slate-700">
                    {t("deletedRecord", { title: entry.title })}
                  </span>
                )}
              </td>
              <td className={td}>{t(`actions.${entry.action}`)}</td>
              <td className={td}>{t(`doors.${entry.door}`)}</td>
              <td className={td}>{reason(entry.reason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

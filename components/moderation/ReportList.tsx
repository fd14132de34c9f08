import { getFormatter, getTranslations } from "next-intl/server";
import type { ReportDto } from "@/lib/moderation/schemas";

/** The reports on one target: reason, details, reporter, when, and the decision once settled. */
export async function ReportList({ reports }: { reports: ReportDto[] }) {
  const [t, format] = await Promise.all([getTranslations("AdminModeration"), getFormatter()]);
  const when = (iso: string) =>
    format.dateTime(new Date(iso), {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Asia/Kolkata",
    });
  return (
    <section aria-label={t("reportsHeading")} className="border-t border-slate-200 pt-3">
      <h3 className="text-sm font-semibold text-slate-900">{t("reportsHeading")}</h3>
      <ul className="mt-2 space-y-2">
        {reports.map((r) => (
          <li key={r.id} className="rounded-lg bg-slate-50 p-3 text-sm">
            <p className="font-semibold text-slate-900">{t(`reason.${r.reason}`)}</p>
            {r.details ? (
              <p className="whitespace-pre-line break-words text-slate-800">{r.details}</p>
            ) : null}
            <p className="text-slate-700">
              {t("reportedBy", { name: r.reporterName, date: when(r.reportedAt) })}
            </p>
            {r.action && r.resolvedAt ? (
              <p className="text-slate-700">
                {t("settled", { action: t(`action.${r.action}`), date: when(r.resolvedAt) })}
              </p>
            ) : null}
            {r.resolutionNote ? (
              <p className="text-slate-700">{t("resolutionNote", { note: r.resolutionNote })}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

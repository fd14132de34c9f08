import { getLocale, getTranslations } from "next-intl/server";
import type { AdminActionDto } from "@/lib/admin/schemas";
import { isAppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";

/** Admin actions as a table: who, what, target, when, why (X: audit). */
export async function AuditList({ entries }: { entries: AdminActionDto[] }) {
  const [t, raw] = await Promise.all([getTranslations("Admin.audit"), getLocale()]);
  const locale = isAppLocale(raw) ? raw : "en";
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {(["when", "who", "what", "target", "why"] as const).map((key) => (
              <th key={key} scope="col" className="px-3 py-2 font-semibold">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="whitespace-nowrap px-3 py-2 text-slate-700">
                <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
              </td>
              <td className="px-3 py-2 text-slate-900">{e.adminName}</td>
              <td className="px-3 py-2 text-slate-900">{t(`actions.${e.action}`)}</td>
              <td className="px-3 py-2 text-slate-900">{e.targetLabel ?? t("erased")}</td>
              <td className="px-3 py-2 text-slate-700">{e.reason ?? t("none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

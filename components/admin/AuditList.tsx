import { getLocale, getTranslations } from "next-intl/server";
import type { AdminActionDto } from "@/lib/admin/schemas";
import { isAppLocale } from "@/lib/i18n/config";

const whenFormat = (locale: "en" | "hi") =>
  new Intl.DateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Kolkata",
  });

/** Admin actions as a table: who, what, target, when, why (X: audit). */
export async function AuditList({ entries }: { entries: AdminActionDto[] }) {
  const [t, raw] = await Promise.all([getTranslations("Admin.audit"), getLocale()]);
  const format = whenFormat(isAppLocale(raw) ? raw : "en");
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
                <time dateTime={e.at}>{format.format(new Date(e.at))}</time>
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

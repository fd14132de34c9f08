import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatInr } from "@/lib/i18n/format";
import type { AdminLabTestDto } from "@/lib/catalogue/schemas";

const th = "px-3 py-2 text-left font-semibold text-slate-700";
const td = "px-3 py-2 align-top";

/** The admin's lab test list: name, code, price and MRP, contents, fasting, published; edit links. */
export async function LabTestTable({ tests }: { tests: AdminLabTestDto[] }) {
  const t = await getTranslations("AdminCatalogue");
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="sr-only">{t("labTests.caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              {t("labTests.name")}
            </th>
            <th scope="col" className={th}>
              {t("labTests.code")}
            </th>
            <th scope="col" className={th}>
              {t("labTests.price")}
            </th>
            <th scope="col" className={th}>
              {t("labTests.contents")}
            </th>
            <th scope="col" className={th}>
              {t("labTests.fasting")}
            </th>
            <th scope="col" className={th}>
              {t("labTests.state")}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{t("labTests.edit")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {tests.map((test) => (
            <tr key={test.id}>
              <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
                {test.name}
              </th>
              <td className={td}>{test.code}</td>
              <td className={td}>
                {formatInr(test.price)} / {formatInr(test.mrp)}
              </td>
              <td className={td}>
                {test.isPackage
                  ? t("labTests.testsCount", { count: test.packageTests.length })
                  : t("labTests.single")}
              </td>
              <td className={td}>
                {test.fastingRequired && test.fastingHours !== null
                  ? t("labTests.fastingHours", { hours: test.fastingHours })
                  : t("no")}
              </td>
              <td className={td}>{test.isActive ? t("published") : t("hidden")}</td>
              <td className={td}>
                <Link
                  href={`/admin/catalogue/lab-tests/${test.id}`}
                  aria-label={t("labTests.editLabel", { name: test.name })}
                  className="font-semibold text-brand-800 underline"
                >
                  {t("labTests.edit")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

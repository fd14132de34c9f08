import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatInr } from "@/lib/i18n/format";
import type { AdminMedicineDto } from "@/lib/catalogue/schemas";

const th = "px-3 py-2 text-left font-semibold text-slate-700";
const td = "px-3 py-2 align-top";

/** The admin's medicine list: name, generic, price and MRP, stock, rules, published; edit links. */
export async function MedicineTable({ medicines }: { medicines: AdminMedicineDto[] }) {
  const t = await getTranslations("AdminCatalogue");
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[48rem] text-sm">
        <caption className="sr-only">{t("medicines.caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              {t("medicines.name")}
            </th>
            <th scope="col" className={th}>
              {t("medicines.generic")}
            </th>
            <th scope="col" className={th}>
              {t("medicines.price")}
            </th>
            <th scope="col" className={th}>
              {t("medicines.stock")}
            </th>
            <th scope="col" className={th}>
              {t("medicines.rules")}
            </th>
            <th scope="col" className={th}>
              {t("medicines.state")}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{t("medicines.edit")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {medicines.map((m) => (
            <tr key={m.id}>
              <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
                {m.name}
                {m.strength ? <span className="block text-slate-600">{m.strength}</span> : null}
              </th>
              <td className={td}>{m.genericName ?? "—"}</td>
              <td className={td}>
                {formatInr(m.price)} / {formatInr(m.mrp)}
              </td>
              <td className={td}>
                {m.stockQty}
                {m.lowStock ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
                    {t("medicines.low")}
                  </span>
                ) : null}
              </td>
              <td className={td}>
                {[
                  m.prescriptionRequired ? t("medicines.rxBadge") : null,
                  m.schedule === "otc"
                    ? null
                    : t("medicines.schedule", { schedule: m.schedule.toUpperCase() }),
                  m.orderability === "not_online" ? t("medicines.notOnline") : null,
                ]
                  .filter(Boolean)
                  .join(" · ") || "—"}
              </td>
              <td className={td}>{m.isActive ? t("published") : t("hidden")}</td>
              <td className={td}>
                <Link
                  href={`/admin/catalogue/medicines/${m.id}`}
                  aria-label={t("medicines.editLabel", { name: m.name })}
                  className="font-semibold text-brand-800 underline"
                >
                  {t("medicines.edit")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

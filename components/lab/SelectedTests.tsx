import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/Card";
import { formatInr } from "@/lib/i18n/format";
import { fromPaise, toPaise } from "@/lib/money";
import type { LabTestDto } from "@/lib/lab/schemas";

/** The booking summary: the chosen tests with prices, the total, the preparation reminder. */
export function SelectedTests({ tests }: { tests: LabTestDto[] }) {
  const t = useTranslations("Lab.book");
  const total = fromPaise(tests.reduce((sum, x) => sum + toPaise(x.price), 0));
  const fast = Math.max(0, ...tests.map((x) => x.fastingHours ?? 0));
  return (
    <aside className="space-y-4">
      <Card>
        <h2 className="font-semibold text-slate-900">{t("selected")}</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {tests.map((x) => (
            <li key={x.id} className="flex justify-between gap-3">
              <span>{x.name}</span>
              <span className="shrink-0">{formatInr(x.price)}</span>
            </li>
          ))}
        </ul>
        <p className="mt-3 flex justify-between border-t border-slate-100 pt-2 font-semibold">
          <span>{t("total")}</span>
          <span>{formatInr(total)}</span>
        </p>
      </Card>
      <Card className="border-amber-200 bg-amber-50">
        <h2 className="font-semibold text-amber-950">{t("prepTitle")}</h2>
        <p className="text-sm text-amber-950">{fast ? t("prep", { hours: fast }) : t("noPrep")}</p>
      </Card>
    </aside>
  );
}

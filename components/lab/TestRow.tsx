import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatInr } from "@/lib/i18n/format";
import type { LabTestDto } from "@/lib/lab/schemas";
import { TestFacts } from "./TestFacts";

/** One test as a selectable row: checkbox (label = name), what it includes, price, facts. */
export function TestRow({ test, checked }: { test: LabTestDto; checked: boolean }) {
  const t = useTranslations("Lab.tests");
  const id = `test-${test.id}`;
  return (
    <li className="flex gap-3 border-b border-slate-100 py-3 last:border-0">
      <input
        type="checkbox"
        id={id}
        name="tests"
        value={test.id}
        defaultChecked={checked}
        data-price={test.price}
        className="mt-0.5 size-6 shrink-0 accent-brand-700"
      />
      <div className="min-w-0 flex-1">
        <div className="flex items-baseline justify-between gap-3">
          <label htmlFor={id} className="font-medium text-slate-900">
            {test.name}
          </label>
          <span className="shrink-0 font-semibold text-slate-900">{formatInr(test.price)}</span>
        </div>
        {test.parameters.length > 0 ? (
          <p className="text-sm text-slate-600">{test.parameters.join(", ")}</p>
        ) : null}
        <TestFacts test={test} />
        <Link href={`/lab-tests/${test.id}`} className="text-sm text-brand-800 underline">
          {t("details")}
          <span className="sr-only">: {test.name}</span>
        </Link>
      </div>
    </li>
  );
}

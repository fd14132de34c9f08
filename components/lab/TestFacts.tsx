import { useTranslations } from "next-intl";
import type { LabTestDto } from "@/lib/lab/schemas";

/** Fasting, sample and report time of a test as small chips. */
export function TestFacts({ test }: { test: LabTestDto }) {
  const t = useTranslations("Lab.tests");
  const chip = "rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700";
  return (
    <ul className="mt-1 flex flex-wrap gap-1.5">
      <li
        className={
          test.fastingHours ? "rounded-full bg-amber-50 px-2 py-0.5 text-xs text-amber-900" : chip
        }
      >
        {test.fastingHours ? t("fasting", { hours: test.fastingHours }) : t("noFasting")}
      </li>
      {test.sampleType ? <li className={chip}>{t("sample", { type: test.sampleType })}</li> : null}
      {test.reportTime ? (
        <li className={chip}>{t("reportTime", { time: test.reportTime })}</li>
      ) : null}
      {test.homeCollection ? null : <li className={chip}>{t("homeOnlyLab")}</li>}
    </ul>
  );
}

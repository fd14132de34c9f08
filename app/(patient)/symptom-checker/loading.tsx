import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlock } from "@/components/ui/Skeletons";

/** While a checker step or result loads: its shape, announced as busy. */
export default async function SymptomCheckerLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer className="max-w-3xl">
      <BusyRegion label={t("loading")} className="space-y-4">
        <SkeletonBlock className="h-10 w-2/3 rounded-lg bg-slate-200" />
        <SkeletonBlock className="h-20 rounded-xl bg-red-50" />
        <SkeletonBlock className="h-64 rounded-xl border border-slate-200 bg-white" />
      </BusyRegion>
    </PageContainer>
  );
}

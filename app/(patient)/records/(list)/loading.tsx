import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlock, SkeletonBlocks } from "@/components/ui/Skeletons";

export default async function RecordsLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer>
      <BusyRegion label={t("loading")} className="space-y-4">
        <SkeletonBlock className="h-9 w-64 rounded-lg bg-slate-200" />
        <SkeletonBlock className="h-11 w-40 rounded-lg bg-slate-200" />
        <SkeletonBlock className="h-11 rounded-lg bg-slate-100" />
        <div className="grid gap-4 md:grid-cols-2">
          <SkeletonBlocks count={4} className="h-32 rounded-xl border border-slate-200 bg-white" />
        </div>
      </BusyRegion>
    </PageContainer>
  );
}

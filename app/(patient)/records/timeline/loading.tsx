import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlock, SkeletonBlocks } from "@/components/ui/Skeletons";

export default async function TimelineLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer className="max-w-3xl">
      <BusyRegion label={t("loading")} className="space-y-4">
        <SkeletonBlock className="h-8 w-64 rounded bg-slate-200" />
        <SkeletonBlock className="h-28 rounded-xl border border-slate-200 bg-white" />
        <SkeletonBlocks count={5} className="h-20 rounded-xl border border-slate-200 bg-white" />
      </BusyRegion>
    </PageContainer>
  );
}

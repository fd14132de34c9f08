import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlock } from "@/components/ui/Skeletons";

export default async function RecordLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer>
      <BusyRegion label={t("loading")} className="mx-auto max-w-3xl space-y-6">
        <SkeletonBlock className="h-16 rounded-xl bg-slate-200" />
        <SkeletonBlock className="h-96 rounded-xl border border-slate-200 bg-white" />
        <SkeletonBlock className="h-40 rounded-xl border border-slate-200 bg-white" />
      </BusyRegion>
    </PageContainer>
  );
}

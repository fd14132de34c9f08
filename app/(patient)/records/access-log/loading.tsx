import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlock, SkeletonBlocks } from "@/components/ui/Skeletons";

export default async function AccessLogLoading() {
  const t = await getTranslations("recordShares");
  return (
    <PageContainer>
      <BusyRegion label={t("loading")} className="mx-auto max-w-5xl space-y-4">
        <SkeletonBlock className="h-16 w-2/3 rounded-lg bg-slate-200" />
        <SkeletonBlocks count={6} className="h-12 rounded-lg border border-slate-200 bg-white" />
      </BusyRegion>
    </PageContainer>
  );
}

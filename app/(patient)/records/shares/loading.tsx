import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlock } from "@/components/ui/Skeletons";

export default async function RecordSharesLoading() {
  const t = await getTranslations("recordShares");
  return (
    <PageContainer>
      <BusyRegion label={t("loading")} className="mx-auto max-w-3xl space-y-6">
        <SkeletonBlock className="h-16 w-2/3 rounded-lg bg-slate-200" />
        <SkeletonBlock className="h-96 rounded-xl border border-slate-200 bg-white" />
        <SkeletonBlock className="h-32 rounded-xl border border-slate-200 bg-white" />
      </BusyRegion>
    </PageContainer>
  );
}

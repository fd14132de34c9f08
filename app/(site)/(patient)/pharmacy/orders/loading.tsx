import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlocks } from "@/components/ui/Skeletons";

export default async function OrdersLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer>
      <BusyRegion label={t("loading")} className="space-y-4">
        <SkeletonBlocks count={3} className="h-44 rounded-xl border border-slate-200 bg-white" />
      </BusyRegion>
    </PageContainer>
  );
}

import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlock } from "@/components/ui/Skeletons";

export default async function PayLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer className="max-w-2xl">
      <BusyRegion label={t("loading")} className="space-y-4">
        <SkeletonBlock className="h-10 w-1/2 rounded-lg bg-slate-200" />
        <SkeletonBlock className="h-48 rounded-xl border border-slate-200 bg-white" />
      </BusyRegion>
    </PageContainer>
  );
}

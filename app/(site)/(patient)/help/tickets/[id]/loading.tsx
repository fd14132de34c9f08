import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlock } from "@/components/ui/Skeletons";

export default async function SupportTicketsLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer>
      <BusyRegion label={t("loading")} className="mx-auto max-w-3xl space-y-4">
        <SkeletonBlock className="h-16 rounded-xl bg-slate-100" />
        <SkeletonBlock className="h-20 rounded-xl border border-slate-200 bg-white" />
        <SkeletonBlock className="h-20 rounded-xl border border-slate-200 bg-white" />
      </BusyRegion>
    </PageContainer>
  );
}

import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlock, SkeletonCard } from "@/components/ui/Skeletons";

export default async function DashboardLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer>
      <BusyRegion label={t("loading")} className="mx-auto max-w-5xl space-y-6">
        <SkeletonBlock className="h-12 w-2/3 rounded-lg bg-slate-100" />
        <SkeletonBlock className="h-40 rounded-2xl bg-brand-100" />
        <SkeletonBlock className="h-20 rounded-xl bg-red-50" />
        <div className="grid gap-4 md:grid-cols-2">
          <SkeletonCard />
          <SkeletonCard />
        </div>
      </BusyRegion>
    </PageContainer>
  );
}

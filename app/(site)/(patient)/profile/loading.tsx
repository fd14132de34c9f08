import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlock } from "@/components/ui/Skeletons";

export default async function ProfileLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer>
      <BusyRegion label={t("loading")} className="mx-auto max-w-3xl space-y-6">
        <SkeletonBlock className="h-28 rounded-2xl bg-brand-100" />
        <SkeletonBlock className="h-48 rounded-xl border border-slate-200 bg-white" />
        <SkeletonBlock className="h-40 rounded-xl border border-slate-200 bg-white" />
      </BusyRegion>
    </PageContainer>
  );
}

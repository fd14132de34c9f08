import { getTranslations } from "next-intl/server";
import { BusyRegion, SkeletonBlock } from "@/components/ui/Skeletons";

export default async function ArticlesLoading() {
  const t = await getTranslations("States");
  return (
    <BusyRegion label={t("loading")} className="space-y-6">
      <SkeletonBlock className="h-16 rounded-xl bg-slate-100" />
      <SkeletonBlock className="h-24 rounded-xl border border-slate-200 bg-white" />
      <SkeletonBlock className="h-72 rounded-xl border border-slate-200 bg-white" />
    </BusyRegion>
  );
}

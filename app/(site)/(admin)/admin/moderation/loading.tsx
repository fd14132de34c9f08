import { getTranslations } from "next-intl/server";
import { BusyRegion, SkeletonBlocks } from "@/components/ui/Skeletons";

export default async function AdminModerationLoading() {
  const t = await getTranslations("States");
  return (
    <BusyRegion label={t("loading")} className="space-y-4">
      <SkeletonBlocks count={3} className="h-56 rounded-xl border border-slate-200 bg-white" />
    </BusyRegion>
  );
}

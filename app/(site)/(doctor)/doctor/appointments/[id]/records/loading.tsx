import { getTranslations } from "next-intl/server";
import { BusyRegion, SkeletonBlock, SkeletonBlocks } from "@/components/ui/Skeletons";

export default async function SharedRecordsLoading() {
  const t = await getTranslations("DoctorArea.records");
  return (
    <BusyRegion label={t("loading")} className="mx-auto max-w-4xl space-y-4">
      <SkeletonBlock className="h-16 w-2/3 rounded-lg bg-slate-200" />
      <SkeletonBlock className="h-20 rounded-lg border border-slate-200 bg-white" />
      <div className="grid gap-3 md:grid-cols-2">
        <SkeletonBlocks count={4} className="h-28 rounded-xl border border-slate-200 bg-white" />
      </div>
    </BusyRegion>
  );
}

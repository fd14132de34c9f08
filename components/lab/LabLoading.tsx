import { getTranslations } from "next-intl/server";
import { BusyRegion, SkeletonBlock, SkeletonBlocks } from "@/components/ui/Skeletons";

/** The lab pages' loading state: a header and a few card skeletons. */
export async function LabLoading({ namespace }: { namespace: "Lab" | "AdminLab" }) {
  const t = await getTranslations(namespace);
  return (
    <BusyRegion label={t("loading")} className="mx-auto max-w-5xl space-y-4 p-4">
      <SkeletonBlock className="h-16 w-2/3 rounded-lg bg-slate-200" />
      <div className="grid gap-3 md:grid-cols-2">
        <SkeletonBlocks count={4} className="h-32 rounded-xl border border-slate-200 bg-white" />
      </div>
    </BusyRegion>
  );
}

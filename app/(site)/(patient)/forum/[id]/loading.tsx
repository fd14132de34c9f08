import { useTranslations } from "next-intl";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlock, SkeletonBlocks } from "@/components/ui/Skeletons";

/** The thread's skeleton: the post, then a few replies. */
export default function ThreadLoading() {
  const t = useTranslations("States");
  return (
    <PageContainer>
      <BusyRegion label={t("loading")} className="mx-auto max-w-3xl space-y-4">
        <SkeletonBlock className="h-64 rounded-xl bg-slate-200" />
        <SkeletonBlocks count={3} className="h-28 rounded-xl bg-slate-100" />
      </BusyRegion>
    </PageContainer>
  );
}

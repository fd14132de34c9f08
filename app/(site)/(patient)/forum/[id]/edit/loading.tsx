import { useTranslations } from "next-intl";
import { PageContainer } from "@/components/ui/PageContainer";
import { BusyRegion, SkeletonBlocks } from "@/components/ui/Skeletons";

/** A form page's skeleton. */
export default function ForumFormLoading() {
  const t = useTranslations("States");
  return (
    <PageContainer>
      <BusyRegion label={t("loading")} className="mx-auto max-w-2xl space-y-4">
        <SkeletonBlocks count={3} className="h-20 rounded-xl bg-slate-100" />
      </BusyRegion>
    </PageContainer>
  );
}

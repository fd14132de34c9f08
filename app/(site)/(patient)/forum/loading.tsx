import { useTranslations } from "next-intl";
import { PageContainer } from "@/components/ui/PageContainer";
import { SkeletonGrid } from "@/components/ui/Skeletons";

/** The forum list's skeleton: the header band, then cards. */
export default function ForumLoading() {
  const t = useTranslations("States");
  return (
    <>
      <div aria-hidden="true" className="h-44 animate-pulse bg-brand-700/80" />
      <PageContainer>
        <SkeletonGrid count={4} label={t("loading")} gridClassName="grid-cols-1" />
      </PageContainer>
    </>
  );
}

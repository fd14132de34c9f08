import { useTranslations } from "next-intl";
import { PageContainer } from "@/components/ui/PageContainer";
import { SkeletonGrid } from "@/components/ui/Skeletons";

/** Skeleton of the search page only (the route group keeps it off doctor profiles and booking). */
export default function DoctorsLoading() {
  const t = useTranslations("States");
  return (
    <PageContainer className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <div
        aria-hidden="true"
        className="h-64 animate-pulse rounded-xl border border-slate-200 bg-white"
      />
      <SkeletonGrid count={6} label={t("loading")} gridClassName="grid-cols-1 md:grid-cols-2" />
    </PageContainer>
  );
}

import { useTranslations } from "next-intl";
import { PageContainer } from "@/components/ui/PageContainer";
import { SkeletonGrid } from "@/components/ui/Skeletons";

/** Skeleton of the shop while the catalogue loads. */
export default function PharmacyLoading() {
  const t = useTranslations("States");
  return (
    <PageContainer className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
      <div
        aria-hidden="true"
        className="h-64 animate-pulse rounded-xl border border-slate-200 bg-white"
      />
      <SkeletonGrid
        count={6}
        label={t("loading")}
        gridClassName="grid-cols-1 sm:grid-cols-2 xl:grid-cols-3"
      />
    </PageContainer>
  );
}

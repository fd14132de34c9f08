import { getTranslations } from "next-intl/server";
import { SkeletonGrid } from "@/components/ui/Skeletons";

export default async function DoctorsLoading() {
  const t = await getTranslations("States");
  return (
    <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
      <div aria-hidden="true" className="h-64 animate-pulse rounded-xl border border-slate-200 bg-white" />
      <SkeletonGrid count={6} label={t("loading")} gridClassName="sm:grid-cols-2 xl:grid-cols-3" />
    </div>
  );
}

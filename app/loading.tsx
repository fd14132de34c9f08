import { getTranslations } from "next-intl/server";
import { SkeletonGrid } from "@/components/ui/Skeletons";

export default async function Loading() {
  const t = await getTranslations("States");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div aria-hidden="true" className="mb-6 h-8 w-48 animate-pulse rounded bg-slate-200" />
      <SkeletonGrid count={6} label={t("loading")} />
    </div>
  );
}

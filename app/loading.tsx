import { useTranslations } from "next-intl";
import { SkeletonGrid } from "@/components/ui/Skeletons";

export default function Loading() {
  const t = useTranslations("States");
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <div aria-hidden="true" className="mb-6 h-8 w-48 animate-pulse rounded bg-slate-200" />
      <SkeletonGrid count={6} label={t("loading")} />
    </div>
  );
}

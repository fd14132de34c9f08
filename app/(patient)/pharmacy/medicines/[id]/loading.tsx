import { useTranslations } from "next-intl";
import { PageContainer } from "@/components/ui/PageContainer";

/** Placeholder of the medicine page while it loads. */
export default function MedicineLoading() {
  const t = useTranslations("States");
  return (
    <PageContainer>
      <div role="status" aria-label={t("loading")} className="space-y-4">
        <div className="h-8 w-2/3 animate-pulse rounded bg-slate-200" />
        <div className="h-64 animate-pulse rounded-xl border border-slate-200 bg-white" />
      </div>
    </PageContainer>
  );
}

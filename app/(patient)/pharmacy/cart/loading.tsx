import { useTranslations } from "next-intl";
import { PageContainer } from "@/components/ui/PageContainer";

/** Placeholder of the cart while it is priced. */
export default function CartLoading() {
  const t = useTranslations("States");
  return (
    <PageContainer>
      <div role="status" aria-label={t("loading")} className="space-y-3">
        <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
        <div className="h-24 animate-pulse rounded-xl border border-slate-200 bg-white" />
        <div className="h-24 animate-pulse rounded-xl border border-slate-200 bg-white" />
      </div>
    </PageContainer>
  );
}

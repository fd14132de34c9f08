import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";

export default async function ProfileLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer>
      <div aria-busy="true" className="mx-auto max-w-3xl space-y-6">
        <p role="status" className="sr-only">
          {t("loading")}
        </p>
        <div aria-hidden="true" className="h-28 animate-pulse rounded-2xl bg-brand-100" />
        <div
          aria-hidden="true"
          className="h-48 animate-pulse rounded-xl border border-slate-200 bg-white"
        />
        <div
          aria-hidden="true"
          className="h-40 animate-pulse rounded-xl border border-slate-200 bg-white"
        />
      </div>
    </PageContainer>
  );
}

import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";

export default async function LanguageLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer>
      <div aria-busy="true" className="mx-auto max-w-xl space-y-3">
        <p role="status" className="sr-only">
          {t("loading")}
        </p>
        {Array.from({ length: 6 }, (_, i) => (
          <div
            key={i}
            aria-hidden="true"
            className="h-14 animate-pulse rounded-xl border border-slate-200 bg-white"
          />
        ))}
      </div>
    </PageContainer>
  );
}

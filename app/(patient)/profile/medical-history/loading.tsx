import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/ui/PageContainer";

export default async function MedicalHistoryLoading() {
  const t = await getTranslations("States");
  return (
    <PageContainer>
      <div aria-busy="true" className="mx-auto max-w-3xl space-y-5">
        <p role="status" className="sr-only">
          {t("loading")}
        </p>
        <div aria-hidden="true" className="h-10 w-2/3 animate-pulse rounded bg-slate-200" />
        {[0, 1, 2, 3].map((i) => (
          <div
            key={i}
            aria-hidden="true"
            className="h-36 animate-pulse rounded-xl border border-slate-200 bg-white"
          />
        ))}
      </div>
    </PageContainer>
  );
}

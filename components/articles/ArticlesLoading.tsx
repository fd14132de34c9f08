import { getTranslations } from "next-intl/server";
import { BusyRegion, SkeletonBlock, SkeletonBlocks } from "@/components/ui/Skeletons";

/** The articles pages' loading state: a title, then cards (a list) or lines of text (one article). */
export async function ArticlesLoading({ kind }: { kind: "list" | "article" }) {
  const t = await getTranslations("States");
  return (
    <BusyRegion label={t("loading")} className="mx-auto max-w-5xl space-y-4 p-4">
      <SkeletonBlock className="h-10 w-2/3 rounded-lg bg-slate-200" />
      {kind === "list" ? (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <SkeletonBlocks count={6} className="h-64 rounded-xl border border-slate-200 bg-white" />
        </div>
      ) : (
        <div className="mx-auto max-w-3xl space-y-3">
          <SkeletonBlocks count={8} className="h-4 rounded bg-slate-200" />
        </div>
      )}
    </BusyRegion>
  );
}

import { Link2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Input } from "@/components/ui/Input";
import { WebShareButton } from "./WebShareButton";

/** Share an article: the system share sheet when there is one, and always its link to copy. */
export async function ShareBox({ url, title }: { url: string; title: string }) {
  const t = await getTranslations("Article");
  return (
    <details className="group w-full rounded-lg border border-slate-200 bg-white sm:w-auto">
      <summary className="flex min-h-11 cursor-pointer items-center gap-2 px-4 text-sm font-semibold text-slate-800">
        <Link2 aria-hidden="true" className="size-4" />
        {t("share")}
      </summary>
      <div className="space-y-2 border-t border-slate-200 p-3">
        <label htmlFor="share-link" className="block text-sm text-slate-700">
          {t("shareHint")}
        </label>
        <Input id="share-link" type="url" readOnly value={url} className="font-mono text-sm" />
        <WebShareButton url={url} title={title} label={t("shareTitle")} />
      </div>
    </details>
  );
}

import Link from "next/link";
import { Ambulance, Phone } from "lucide-react";
import { useTranslations } from "next-intl";

/** Red strip with a real tap-to-call 108 link, and the emergency request form beside it. */
export function EmergencyStrip() {
  const t = useTranslations("Home.emergency");
  return (
    <aside aria-labelledby="emergency-title" className="mx-auto max-w-6xl px-4">
      <div className="flex items-center gap-3 rounded-xl bg-red-700 p-4 text-white">
        <Ambulance aria-hidden="true" className="hidden size-8 shrink-0 sm:block" />
        <div className="min-w-0 flex-1">
          <h2 id="emergency-title" className="font-bold">
            {t("title")}
          </h2>
          <p className="text-sm text-red-50">{t("text")}</p>
          <Link
            href="/emergency"
            className="mt-1 inline-block text-sm font-semibold text-white underline underline-offset-2 focus-visible:outline-white"
          >
            {t("request")}
          </Link>
        </div>
        <a
          href="tel:108"
          aria-label={t("callLabel")}
          className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-lg bg-white px-4 font-bold text-red-800 hover:bg-red-50 focus-visible:outline-white"
        >
          <Phone aria-hidden="true" className="size-4" />
          {t("call")}
        </a>
      </div>
    </aside>
  );
}

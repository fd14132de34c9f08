import { Search, ShieldCheck } from "lucide-react";
import { useTranslations } from "next-intl";

/** Headline and the doctor search (a GET form to /doctors?q=...). */
export function Hero() {
  const t = useTranslations("Home.hero");
  return (
    <section aria-labelledby="hero-title" className="bg-gradient-to-b from-brand-50 to-slate-50">
      <div className="mx-auto max-w-6xl px-4 pt-8 pb-6 md:pt-14 md:pb-10">
        <p className="inline-flex items-center gap-1.5 rounded-full bg-white px-3 py-1 text-xs font-semibold text-brand-800 ring-1 ring-brand-200">
          <ShieldCheck aria-hidden="true" className="size-4" />
          {t("eyebrow")}
        </p>
        <h1
          id="hero-title"
          className="mt-4 max-w-2xl text-3xl font-bold tracking-tight text-slate-900 md:text-5xl"
        >
          {t("title")}
        </h1>
        <p className="mt-3 max-w-2xl text-base text-slate-700 md:text-lg">{t("subtitle")}</p>

        <form action="/doctors" method="get" role="search" className="mt-6 max-w-2xl">
          <label htmlFor="hero-q" className="sr-only">
            {t("searchLabel")}
          </label>
          <div className="flex gap-2 rounded-xl border border-slate-300 bg-white p-1.5 shadow-sm focus-within:border-brand-600">
            <div className="relative flex-1">
              <Search
                aria-hidden="true"
                className="pointer-events-none absolute top-1/2 left-3 size-5 -translate-y-1/2 text-slate-500"
              />
              <input
                id="hero-q"
                type="search"
                name="q"
                maxLength={100}
                autoComplete="off"
                placeholder={t("searchPlaceholder")}
                className="h-11 w-full rounded-lg pr-2 pl-10 text-base text-slate-900 placeholder:text-slate-500 focus:outline-none"
              />
            </div>
            <button
              type="submit"
              className="h-11 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
            >
              {t("searchButton")}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}

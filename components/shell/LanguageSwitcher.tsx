import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { indianLanguages, isAppLocale } from "@/lib/i18n/config";

const choices = indianLanguages.filter((l) => l.translated && isAppLocale(l.code));

/**
 * A plain form posting to a server action: works without JavaScript. Each language is a submit
 * button named in its own script (with a matching `lang` for screen readers); the current one is
 * marked with aria-pressed.
 */
export function LanguageSwitcher({ action }: { action: (form: FormData) => Promise<void> }) {
  const locale = useLocale();
  const t = useTranslations("Shell.language");
  return (
    <form action={action}>
      <fieldset className="flex items-center gap-1">
        <legend className="sr-only">{t("label")}</legend>
        <Languages aria-hidden="true" className="hidden size-4 text-slate-500 sm:block" />
        <div className="flex rounded-lg border border-slate-300 bg-white p-0.5">
          {choices.map((language) => {
            const current = language.code === locale;
            return (
              <button
                key={language.code}
                type="submit"
                name="locale"
                value={language.code}
                lang={language.code}
                aria-pressed={current}
                className="min-h-8 rounded-md px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-pressed:bg-brand-700 aria-pressed:text-white aria-pressed:hover:bg-brand-700"
              >
                {language.nativeName}
              </button>
            );
          })}
        </div>
      </fieldset>
    </form>
  );
}

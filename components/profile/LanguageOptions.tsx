import { Check } from "lucide-react";
import { indianLanguages, isAppLocale } from "@/lib/i18n/config";

/**
 * Radio list of languages, each named in its own script (with `lang` so screen readers pronounce
 * it); languages without a full translation are disabled and marked "coming soon". Used by the
 * language settings page and the first onboarding step.
 */
export function LanguageOptions({
  current,
  legend,
  comingSoon,
  currentLabel,
  only,
}: {
  current: string;
  legend: string;
  comingSoon: string;
  currentLabel: string;
  /** Restrict the list to these codes (onboarding offers the four of the original app). */
  only?: readonly string[];
}) {
  const languages = only ? indianLanguages.filter((l) => only.includes(l.code)) : indianLanguages;
  return (
    <fieldset>
      <legend className="sr-only">{legend}</legend>
      <ul className="space-y-2">
        {languages.map((language) => {
          const available = language.translated && isAppLocale(language.code);
          const isCurrent = language.code === current;
          const id = `language-${language.code}`;
          return (
            <li key={language.code}>
              <label
                htmlFor={id}
                className={`flex min-h-14 items-center gap-3 rounded-xl border bg-white px-4 py-3 ${
                  available
                    ? "cursor-pointer border-slate-200 hover:border-brand-600 has-checked:border-brand-700 has-checked:bg-brand-50 has-focus-visible:outline-3 has-focus-visible:outline-brand-600"
                    : "cursor-not-allowed border-slate-200 opacity-70"
                }`}
              >
                <input
                  id={id}
                  type="radio"
                  name="locale"
                  value={language.code}
                  defaultChecked={isCurrent}
                  disabled={!available}
                  required
                  className="peer size-5 accent-brand-700"
                />
                <span className="flex-1">
                  <span lang={language.code} className="block text-lg font-semibold text-slate-900">
                    {language.nativeName}
                  </span>
                  {language.nativeName !== language.englishName ? (
                    <span lang="en" className="block text-sm text-slate-600">
                      {language.englishName}
                    </span>
                  ) : null}
                </span>
                {available ? null : (
                  <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700">
                    {comingSoon}
                  </span>
                )}
                {isCurrent ? (
                  <span className="flex items-center gap-1 text-sm font-semibold text-brand-800">
                    <Check aria-hidden="true" className="size-4" />
                    <span className="sr-only">{currentLabel}</span>
                  </span>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

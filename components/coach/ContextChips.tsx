import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CoachContext } from "@/lib/coach/context";
import { specialtyLabel } from "@/lib/doctors/specialties";
import { isAppLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";

/** What the coach knows about me, as chips under the page title (only what exists). */
export async function ContextChips({ context }: { context: CoachContext }) {
  const t = await getTranslations("Coach.context");
  const raw = await getLocale();
  const locale = isAppLocale(raw) ? raw : "en";
  const chips: string[] = [];
  if (context.age !== null) chips.push(t("age", { age: context.age }));
  if (context.gender) chips.push(t(`gender.${context.gender}`));
  if (context.bloodGroup) chips.push(t("bloodGroup", { group: context.bloodGroup }));
  if (context.city) chips.push(context.city);
  for (const c of context.conditions) chips.push(c);
  for (const a of context.allergies) chips.push(t("allergy", { name: a }));
  for (const a of context.appointments) {
    chips.push(
      t("appointment", {
        specialty: specialtyLabel(a.specialty, locale),
        date: formatDate(a.date, locale),
      }),
    );
  }
  for (const c of context.symptomChecks) {
    chips.push(t("check", { severity: t(`severity.${c.severity}`) }));
  }
  return (
    <section aria-labelledby="coach-context" className="mt-4">
      <h2 id="coach-context" className="text-sm font-semibold text-slate-800">
        {t("title")}
      </h2>
      {chips.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2">
          {chips.map((chip, i) => (
            <li
              key={`${i}-${chip}`}
              className="rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-800"
            >
              {chip}
            </li>
          ))}
        </ul>
      )}
      <Link
        href="/profile"
        className="mt-2 inline-block text-sm font-medium text-brand-800 underline underline-offset-2"
      >
        {t("edit")}
      </Link>
    </section>
  );
}

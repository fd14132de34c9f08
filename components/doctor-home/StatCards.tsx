import { CalendarDays, MessageSquareText, Star, Users } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DoctorStatsDto } from "@/lib/doctors/schemas";

/** D2's four stat cards, every number from getDoctorStats. */
export async function StatCards({ stats }: { stats: DoctorStatsDto }) {
  const [t, format] = await Promise.all([getTranslations("DoctorHome.dashboard"), getFormatter()]);
  const cards = [
    { key: "today", icon: CalendarDays, value: format.number(stats.appointmentsToday) },
    { key: "patients", icon: Users, value: format.number(stats.patientsSeen) },
    {
      key: "rating",
      icon: Star,
      value:
        stats.averageRating === null
          ? t("stats.noRating")
          : format.number(stats.averageRating, { maximumFractionDigits: 1 }),
    },
    { key: "reviews", icon: MessageSquareText, value: format.number(stats.reviewCount) },
  ] as const;
  return (
    <section aria-label={t("statsLabel")}>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {cards.map(({ key, icon: Icon, value }) => (
          <div key={key} className="rounded-xl border border-slate-200 bg-white p-4">
            <dt className="flex items-center gap-2 text-sm text-slate-600">
              <Icon aria-hidden="true" className="size-4" />
              {t(`stats.${key}`)}
            </dt>
            <dd className="mt-1 text-2xl font-bold text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

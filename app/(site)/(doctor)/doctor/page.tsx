import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Insights } from "@/components/doctor-home/Insights";
import { ReviewsList } from "@/components/doctor-home/ReviewsList";
import { StatCards } from "@/components/doctor-home/StatCards";
import { TodayList } from "@/components/doctor-home/TodayList";
import { VerificationBadge } from "@/components/doctor-home/VerificationBadge";
import { PageHeader } from "@/components/ui/PageHeader";
import { Tabs } from "@/components/ui/Tabs";
import { listAppointmentsQuerySchema } from "@/lib/appointments/schemas";
import { listAppointments } from "@/lib/appointments/queries";
import { localDateTime } from "@/lib/appointments/zoned-time";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { getOwnDoctorProfile } from "@/lib/doctors/queries";
import type { DoctorProfileDto } from "@/lib/doctors/schemas";
import { getDoctorStats } from "@/lib/doctors/stats";
import { listDoctorRatings } from "@/lib/ratings/queries";
import { param } from "./options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DoctorHome.dashboard");
  return { title: t("metaTitle") };
}

const tabs = ["today", "insights", "reviews"] as const;
type Tab = (typeof tabs)[number];
const hrefOf = (tab: Tab, page = 1) =>
  tab === "today" ? "/doctor" : `/doctor?tab=${tab}${page > 1 ? `&page=${page}` : ""}`;

/** D2: the doctor's home: name and verification badge, stat cards, Today / Insights / Reviews. */
export default async function DoctorDashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: string | string[]; page?: string | string[] }>;
}) {
  const query = await searchParams;
  const tab: Tab = tabs.find((x) => x === param(query.tab)) ?? "today";
  const actor = await requireActor(hrefOf(tab));
  if (actor.doctorId === null) redirect("/doctor/onboarding");
  const now = new Date();
  const [t, profile, stats] = await Promise.all([
    getTranslations("DoctorHome.dashboard"),
    getOwnDoctorProfile(actor, { now }),
    getDoctorStats(actor, { now }),
  ]);
  const status = profile.verificationStatus;

  return (
    <>
      <PageHeader title={t("title", { name: profile.name })}>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <VerificationBadge status={status} label={t(`badges.${status}`)} />
          {status !== "verified" ? (
            <p className="text-sm text-slate-700">
              {t("pendingHint")}{" "}
              <Link href="/doctor/onboarding" className="font-semibold text-brand-800 underline">
                {t("seeApplication")}
              </Link>
            </p>
          ) : null}
        </div>
      </PageHeader>
      <StatCards stats={stats} />
      <div className="mt-6">
        <Tabs
          label={t("tabsLabel")}
          current={tab}
          tabs={tabs.map((key) => ({ key, href: hrefOf(key), label: t(`tabs.${key}`) }))}
        />
        <section aria-labelledby={`tab-${tab}`} className="mt-4">
          {tab === "today" ? (
            <TodayList appointments={await todays(actor, profile, now)} />
          ) : tab === "insights" ? (
            <Insights stats={stats} />
          ) : (
            <ReviewsList
              page={await reviews(actor, profile, param(query.page))}
              hrefFor={(n) => hrefOf("reviews", n)}
            />
          )}
        </section>
      </div>
    </>
  );
}

async function todays(actor: Actor, profile: DoctorProfileDto, now: Date) {
  const today = localDateTime(now, profile.timezone).date;
  const q = listAppointmentsQuerySchema.parse({
    as: "doctor",
    from: today,
    to: today,
    order: "asc",
    pageSize: 50,
  });
  return (await listAppointments(actor, q, { now })).data;
}

/** Ratings exist only for verified (bookable) doctors. */
async function reviews(actor: Actor, profile: DoctorProfileDto, page: string | undefined) {
  if (profile.verificationStatus !== "verified") return null;
  const n = Math.max(1, Math.min(1000, Number(page) || 1));
  return listDoctorRatings(actor, profile.id, { page: n, pageSize: 10 });
}

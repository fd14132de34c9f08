import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Bell, Search } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AppointmentCard } from "@/components/appointments/AppointmentCard";
import {
  AbhaBanner,
  EmergencyCallStrip,
  FinishProfileBanner,
  ForumBanner,
  SymptomHero,
} from "@/components/dashboard/HomeBanners";
import {
  NotificationsCard,
  ProfileCard,
  RecordCard,
  TipCard,
} from "@/components/dashboard/HomeCards";
import { ShortcutTiles } from "@/components/dashboard/ShortcutTiles";
import { buttonClass } from "@/components/ui/button-styles";
import { Input } from "@/components/ui/Input";
import { PageContainer } from "@/components/ui/PageContainer";
import { requireActor } from "@/lib/auth/session";
import { getPatientHome } from "@/lib/home/queries";
import { dayPartAt, firstNameOf, tipIndexAt } from "@/lib/home/today";
import { copyOf } from "@/lib/i18n/copy";
import { cancelAppointmentAction } from "../appointments/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Dashboard"))("metaTitle") };
}

/**
 * The patient home (#1), where a signed-in patient lands. Doctors use the patient app too and see
 * it as well; admins have no patient life here and go to their overview instead.
 */
export default async function DashboardPage() {
  const actor = await requireActor("/dashboard");
  if (actor.role === "admin") redirect("/admin");
  const now = new Date();
  const [home, t, copy] = await Promise.all([
    getPatientHome(actor, { now }),
    getTranslations("Dashboard"),
    copyOf("Appointments"),
  ]);
  return (
    <PageContainer>
      <div className="mx-auto max-w-5xl space-y-6">
        <header className="flex items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold tracking-tight text-slate-900 md:text-3xl">
              {t(`greeting.${dayPartAt(now)}`, { name: firstNameOf(home.fullName) })}
            </h1>
            <p className="mt-1 text-slate-600">{t("subtitle")}</p>
          </div>
          <Link
            href="/notifications"
            aria-label={`${t("notifications.title")}: ${t("notifications.unread", { count: home.unreadNotifications })}`}
            className="relative grid size-11 shrink-0 place-items-center rounded-full border border-slate-200 bg-white text-slate-700 hover:bg-slate-50"
          >
            <Bell aria-hidden="true" className="size-5" />
            {home.unreadNotifications > 0 ? (
              <span
                aria-hidden="true"
                className="absolute -top-1 -right-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-bold text-white"
              >
                {home.unreadNotifications > 99 ? "99+" : home.unreadNotifications}
              </span>
            ) : null}
          </Link>
        </header>

        {home.onboardingComplete ? null : <FinishProfileBanner />}

        <form action="/doctors" role="search" aria-label={t("search.label")} className="flex gap-2">
          <label htmlFor="home-search" className="sr-only">
            {t("search.label")}
          </label>
          <Input
            id="home-search"
            name="q"
            type="search"
            placeholder={t("search.placeholder")}
            className="mt-0"
          />
          <button type="submit" className={buttonClass("primary")}>
            <Search aria-hidden="true" className="size-4" />
            {t("search.submit")}
          </button>
        </form>

        <SymptomHero />
        <EmergencyCallStrip />
        <ShortcutTiles />

        <section aria-labelledby="upcoming-title" className="space-y-3">
          <div className="flex items-baseline justify-between gap-3">
            <h2 id="upcoming-title" className="text-lg font-bold text-slate-900">
              {t("upcoming.title")}
            </h2>
            <Link
              href="/appointments"
              className="text-sm font-semibold text-brand-800 hover:underline"
            >
              {t("upcoming.viewAll")}
            </Link>
          </div>
          {home.upcoming.length === 0 ? (
            <p className="text-slate-600">
              {t("upcoming.empty")}{" "}
              <Link href="/doctors" className="font-semibold text-brand-800 underline">
                {t("upcoming.book")}
              </Link>
            </p>
          ) : (
            <ul className="grid gap-4 md:grid-cols-2">
              {home.upcoming.map((appointment) => (
                <li key={appointment.id}>
                  <AppointmentCard
                    appointment={appointment}
                    cancelAction={cancelAppointmentAction}
                    actionsCopy={copy.actions}
                  />
                </li>
              ))}
            </ul>
          )}
          {home.upcomingTotal > home.upcoming.length ? (
            <p className="text-sm text-slate-600">
              {t("upcoming.more", { count: home.upcomingTotal - home.upcoming.length })}
            </p>
          ) : null}
        </section>

        <div className="grid gap-4 md:grid-cols-2">
          <NotificationsCard unread={home.unreadNotifications} latest={home.latestNotifications} />
          <ProfileCard percent={home.profileCompleteness} />
          <RecordCard record={home.latestRecord} />
          <TipCard index={tipIndexAt(now)} />
        </div>

        {home.abhaLinked ? null : <AbhaBanner />}
        <ForumBanner />
      </div>
    </PageContainer>
  );
}

import type { ReactNode } from "react";
import Link from "next/link";
import {
  Ambulance,
  ArrowRight,
  IdCard,
  MessagesSquare,
  Sparkles,
  UserRoundPen,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { CallLink } from "@/components/ui/CallLink";
import { buttonClass } from "@/components/ui/button-styles";

function Banner({
  id,
  icon,
  title,
  text,
  href,
  action,
  tone,
}: {
  id: string;
  icon: ReactNode;
  title: string;
  text: string;
  href: string;
  action: string;
  tone: string;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`flex flex-wrap items-center gap-3 rounded-xl p-4 ${tone}`}
    >
      <span
        aria-hidden="true"
        className="grid size-10 shrink-0 place-items-center rounded-full bg-white/70"
      >
        {icon}
      </span>
      <div className="min-w-0 flex-1">
        <h2 id={id} className="font-semibold">
          {title}
        </h2>
        <p className="text-sm">{text}</p>
      </div>
      <Link href={href} className={buttonClass("secondary")}>
        {action}
      </Link>
    </section>
  );
}

/** "Finish your profile" while onboarding is incomplete (#1). */
export function FinishProfileBanner() {
  const t = useTranslations("Dashboard.finishProfile");
  return (
    <Banner
      id="finish-profile"
      icon={<UserRoundPen className="size-5" />}
      title={t("title")}
      text={t("text")}
      href="/onboarding"
      action={t("action")}
      tone="bg-amber-50 text-amber-950"
    />
  );
}

/** ABHA not linked (or not verified): to the ABHA page (#13), not the profile. */
export function AbhaBanner() {
  const t = useTranslations("Dashboard.abha");
  return (
    <Banner
      id="abha-banner"
      icon={<IdCard className="size-5" />}
      title={t("title")}
      text={t("text")}
      href="/profile/abha"
      action={t("action")}
      tone="bg-sky-50 text-sky-950"
    />
  );
}

export function ForumBanner() {
  const t = useTranslations("Dashboard.forum");
  return (
    <Banner
      id="forum-banner"
      icon={<MessagesSquare className="size-5" />}
      title={t("title")}
      text={t("text")}
      href="/forum"
      action={t("action")}
      tone="bg-violet-50 text-violet-950"
    />
  );
}

/** The symptom checker hero, with its "guidance, not a diagnosis" note. */
export function SymptomHero() {
  const t = useTranslations("Dashboard.symptom");
  return (
    <section
      aria-labelledby="symptom-hero"
      className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-900 p-5 text-white"
    >
      <p className="inline-flex items-center gap-2 rounded-full bg-white/15 px-3 py-1 text-xs font-semibold">
        <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-emerald-300" />
        {t("pulse")}
      </p>
      <h2 id="symptom-hero" className="mt-3 text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-1 text-brand-50">{t("text")}</p>
      <Link
        href="/symptom-checker"
        className="mt-4 inline-flex min-h-11 items-center gap-2 rounded-lg bg-white px-4 font-semibold text-brand-900 hover:bg-brand-50 focus-visible:outline-white"
      >
        <Sparkles aria-hidden="true" className="size-4" />
        {t("action")}
        <ArrowRight aria-hidden="true" className="size-4" />
      </Link>
      <p className="mt-3 text-xs text-brand-100">{t("note")}</p>
    </section>
  );
}

/** The red strip: tap to call 108, and the emergency request form. */
export function EmergencyCallStrip() {
  const t = useTranslations("Home.emergency");
  return (
    <aside
      aria-labelledby="dashboard-emergency"
      className="flex flex-wrap items-center gap-3 rounded-xl bg-red-50 p-4 text-red-950 ring-1 ring-red-200"
    >
      <Ambulance aria-hidden="true" className="size-8 shrink-0 text-red-700" />
      <div className="min-w-0 flex-1">
        <h2 id="dashboard-emergency" className="font-bold">
          {t("title")}
        </h2>
        <p className="text-sm">{t("text")}</p>
        <Link href="/emergency" className="text-sm font-semibold underline underline-offset-2">
          {t("request")}
        </Link>
      </div>
      <CallLink number="108" label={t("callLabel")}>
        {t("call")}
      </CallLink>
    </aside>
  );
}

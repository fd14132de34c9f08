import type { Metadata } from "next";
import Link from "next/link";
import { Stethoscope } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { CalendarFeedPanel } from "@/components/doctor-home/CalendarFeedPanel";
import { DoctorProfileForm } from "@/components/doctor-home/DoctorProfileForm";
import { doctorFormValuesOf } from "@/components/doctor-home/form-values";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { calendarFeedIsOn } from "@/lib/doctors/calendar-feed";
import { getOwnDoctorProfile } from "@/lib/doctors/queries";
import { copyOf } from "@/lib/i18n/copy";
import { doctorFormOptions } from "../options";
import {
  createCalendarFeedAction,
  deleteCalendarFeedAction,
  updateDoctorProfileAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DoctorHome.profile");
  return { title: t("metaTitle") };
}

/** The doctor's own profile (the onboarding form, prefilled) and the private calendar feed. */
export default async function DoctorProfilePage() {
  const actor = await requireActor("/doctor/profile");
  const t = await getTranslations("DoctorHome.profile");
  if (actor.doctorId === null) {
    return (
      <EmptyState
        icon={<Stethoscope aria-hidden="true" />}
        title={t("noProfile")}
        action={
          <Link href="/doctor/onboarding" className={buttonClass("primary")}>
            {t("apply")}
          </Link>
        }
      />
    );
  }
  const [profile, feedOn, copy, options] = await Promise.all([
    getOwnDoctorProfile(actor),
    calendarFeedIsOn(actor),
    copyOf("DoctorHome"),
    doctorFormOptions(),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <DoctorProfileForm
        action={updateDoctorProfileAction}
        initial={doctorFormValuesOf(profile)}
        locked={profile.verificationStatus === "verified"}
        mode="edit"
        copy={copy}
        {...options}
      />
      <CalendarFeedPanel
        on={feedOn}
        createAction={createCalendarFeedAction}
        deleteAction={deleteCalendarFeedAction}
        copy={copy.calendar}
      />
    </div>
  );
}

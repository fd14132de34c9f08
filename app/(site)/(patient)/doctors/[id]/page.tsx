import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/BackLink";
import { AboutBlock } from "@/components/doctor-profile/AboutBlock";
import { ClinicBlock } from "@/components/doctor-profile/ClinicBlock";
import { DoctorHeaderCard } from "@/components/doctor-profile/DoctorHeaderCard";
import { FeeTiles } from "@/components/doctor-profile/FeeTiles";
import { NextAvailable } from "@/components/doctor-profile/NextAvailable";
import { ReviewsBlock } from "@/components/doctor-profile/ReviewsBlock";
import { StickyBookBar } from "@/components/doctor-profile/StickyBookBar";
import { stripDays } from "@/components/booking/strip";
import { isUuid } from "@/lib/validation/ids";
import { PageContainer } from "@/components/ui/PageContainer";
import { getAvailability } from "@/lib/appointments/availability";
import { specialtyLabel } from "@/lib/doctors/specialties";
import { listDoctorRatings } from "@/lib/ratings/queries";
import { bareName } from "@/components/doctors/doctor-name";
import { loadDoctor } from "./doctor";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ date?: string | string[]; check?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [doctor, t, locale] = await Promise.all([
    loadDoctor(id),
    getTranslations("DoctorProfile"),
    getLocale(),
  ]);
  const specialty = specialtyLabel(doctor.specialty, locale);
  return {
    title: t("metaTitle", { name: bareName(doctor.name), specialty }),
    description: doctor.bio ?? undefined,
  };
}

/**
 * Doctor profile (#7): public. Header, fees, clinic, about, reviews, and the next 14 days of free slots
 * (`?date=` picks the day shown); every slot links into the booking flow (#8).
 */
export default async function DoctorProfilePage({ params, searchParams }: Props) {
  const { id } = await params;
  const doctor = await loadDoctor(id);
  const [t, availability, ratings, query] = await Promise.all([
    getTranslations("DoctorProfile"),
    getAvailability(id),
    listDoctorRatings(null, id, { page: 1, pageSize: 5 }),
    searchParams,
  ]);
  const days = stripDays(availability.from, 14, availability.days);
  const asked = typeof query.date === "string" ? query.date : null;
  // A symptom check to share rides along to the booking page, which checks it is the patient's.
  const check = typeof query.check === "string" && isUuid(query.check) ? query.check : undefined;
  const selected =
    days.find((d) => d.date === asked && d.slots.length > 0)?.date ??
    days.find((d) => d.slots.length > 0)?.date ??
    null;

  return (
    <PageContainer>
      <BackLink href="/doctors" label={t("back")} />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="min-w-0 space-y-4">
          <DoctorHeaderCard doctor={doctor} />
          <FeeTiles doctor={doctor} />
          {doctor.clinic ? <ClinicBlock clinic={doctor.clinic} /> : null}
          <AboutBlock doctor={doctor} />
          <ReviewsBlock ratings={ratings} />
        </div>
        <div className="min-w-0 lg:sticky lg:top-4">
          <NextAvailable doctorId={doctor.id} days={days} selected={selected} check={check} />
        </div>
      </div>
      <StickyBookBar doctor={doctor} check={check} />
    </PageContainer>
  );
}

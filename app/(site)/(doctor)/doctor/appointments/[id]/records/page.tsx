import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { fullDate } from "@/components/appointments/format";
import { SharedRecordsView } from "@/components/record-shares/SharedRecordsView";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { getAppointment } from "@/lib/appointments/queries";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getSharedRecordsForAppointment } from "@/lib/record-shares/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DoctorArea.records");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }> };

/**
 * The records a patient shared with me, from our appointment: read under a live share only, each
 * listed record written to the patient's access log. Not my appointment (or not a doctor): 404.
 */
export default async function SharedRecordsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/doctor/appointments/${id}/records`);
  const [t, locale] = await Promise.all([getTranslations("DoctorArea.records"), getLocale()]);
  const shared = await Promise.all([
    getAppointment(actor, id),
    getSharedRecordsForAppointment(actor, id, { door: "page" }),
  ]).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "not_found" || error.code === "validation_failed"))
      notFound();
    throw error;
  });
  const [appointment, { patient, shares, records }] = shared;
  return (
    <div className="mx-auto max-w-4xl">
      <BackLink href="/doctor/appointments" label={t("back")} />
      <PageHeader
        title={t("title", { name: patient.name })}
        subtitle={t("appointment", { date: fullDate(appointment.date, locale) })}
      />
      <SharedRecordsView shares={shares} records={records} />
    </div>
  );
}

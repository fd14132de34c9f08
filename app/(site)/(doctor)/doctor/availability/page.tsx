import type { Metadata } from "next";
import { Stethoscope } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AvailabilityEditor } from "@/components/availability/AvailabilityEditor";
import { SlotPreview } from "@/components/availability/SlotPreview";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { draftOf } from "@/lib/availability/form";
import { getMyAvailability } from "@/lib/availability/service";
import { copyOf } from "@/lib/i18n/copy";
import { availabilityAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DoctorAvailability");
  return { title: t("metaTitle") };
}

/**
 * D3: the doctor's weekly hours (several ranges a day), days off, minimum notice and instant
 * confirmation, with what patients will see over the next 7 days. One form, no JavaScript needed.
 */
export default async function DoctorAvailabilityPage() {
  const actor = await requireActor("/doctor/availability");
  const t = await getTranslations("DoctorAvailability");
  if (actor.role !== "doctor" || actor.doctorId === null) {
    return <EmptyState icon={<Stethoscope aria-hidden="true" />} title={t("onlyDoctors")} />;
  }
  const [doc, copy] = await Promise.all([getMyAvailability(actor), copyOf("DoctorAvailability")]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <AvailabilityEditor initial={draftOf(doc)} action={availabilityAction} copy={copy} />
        <SlotPreview days={doc.preview} />
      </div>
    </>
  );
}

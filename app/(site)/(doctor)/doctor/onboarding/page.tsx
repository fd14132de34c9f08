import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApplicationStatus } from "@/components/doctor-home/ApplicationStatus";
import { DoctorProfileForm } from "@/components/doctor-home/DoctorProfileForm";
import { DocumentsPanel } from "@/components/doctor-home/DocumentsPanel";
import { emptyDoctorForm } from "@/components/doctor-home/form-values";
import { Alert } from "@/components/ui/Alert";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { listMyDoctorDocuments } from "@/lib/doctor-documents/service";
import { getOwnDoctorProfile } from "@/lib/doctors/queries";
import { copyOf } from "@/lib/i18n/copy";
import { doctorFormOptions, param } from "../options";
import {
  applyAsDoctorAction,
  deleteDoctorDocumentAction,
  resubmitApplicationAction,
  uploadDoctorDocumentAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DoctorHome.onboarding");
  return { title: t("metaTitle") };
}

const notices = ["applied", "uploaded", "deleted", "resubmitted"] as const;

/**
 * D1: a signed-in user applies as a doctor; afterwards the page shows where the application
 * stands (pending / rejected with the reason and "resubmit" / verified) and its documents.
 */
export default async function DoctorOnboardingPage({
  searchParams,
}: {
  searchParams: Promise<{
    notice?: string | string[];
    error?: string | string[];
    resubmitError?: string | string[];
  }>;
}) {
  const actor = await requireActor("/doctor/onboarding");
  const query = await searchParams;
  const t = await getTranslations("DoctorHome.onboarding");
  const profile = actor.doctorId === null ? null : await getOwnDoctorProfile(actor);

  if (!profile) {
    const [copy, options] = await Promise.all([copyOf("DoctorHome"), doctorFormOptions()]);
    return (
      <div className="mx-auto max-w-3xl">
        <PageHeader title={t("title")} subtitle={t("subtitle")} />
        <DoctorProfileForm
          action={applyAsDoctorAction}
          initial={emptyDoctorForm}
          locked={false}
          mode="apply"
          copy={copy}
          {...options}
        />
      </div>
    );
  }

  const documents = await listMyDoctorDocuments(actor);
  const notice = notices.find((n) => n === param(query.notice));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("title")} />
      {notice ? <Alert tone="success">{t(`notices.${notice}`)}</Alert> : null}
      {param(query.resubmitError) ? (
        <Alert tone="error">
          {param(query.resubmitError) === "conflict" ? t("resubmitConflict") : t("resubmitFailed")}
        </Alert>
      ) : null}
      <ApplicationStatus
        profile={profile}
        complete={documents.some((d) => d.kind === "registration_certificate")}
        resubmitAction={resubmitApplicationAction}
      />
      <DocumentsPanel
        documents={documents}
        canDelete={profile.verificationStatus !== "verified"}
        error={param(query.error)}
        uploadAction={uploadDoctorDocumentAction}
        deleteAction={deleteDoctorDocumentAction}
      />
    </div>
  );
}

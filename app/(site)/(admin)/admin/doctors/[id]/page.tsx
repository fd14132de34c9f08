import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { ApplicationCard } from "@/components/admin/ApplicationCard";
import { AuditList } from "@/components/admin/AuditList";
import { BackLink } from "@/components/ui/BackLink";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { getDoctorApplication } from "@/lib/admin/queries";
import { isAppError } from "@/lib/errors";
import { formatInr } from "@/lib/i18n/format";
import { rejectDoctorAction, verifyDoctorAction } from "../../actions";
import { asAdmin } from "../../as-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.detail");
  return { title: t("metaTitle") };
}

/** One application in full: the queue card (with its decision), the rest of the profile, its history. */
export default async function AdminDoctorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const application = await asAdmin(`/admin/doctors/${id}`, (actor) =>
    getDoctorApplication(actor, id).catch((error: unknown) => {
      if (isAppError(error) && error.code === "not_found") notFound();
      throw error;
    }),
  );
  if (!application) return <AdminOnly />;
  const t = await getTranslations("Admin.detail");
  const fees = [
    application.offersOnline && application.feeOnline
      ? t("feeOnline", { fee: formatInr(application.feeOnline) })
      : null,
    application.offersOffline && application.feeOffline
      ? t("feeOffline", { fee: formatInr(application.feeOffline) })
      : null,
  ].filter(Boolean);
  const facts: [string, string][] = [
    [t("status"), t(`statuses.${application.status}`)],
    [
      t("clinic"),
      application.clinic
        ? [application.clinic.name, application.clinic.city].filter(Boolean).join(", ")
        : t("noClinic"),
    ],
    [t("languages"), application.languages.join(", ") || "—"],
    [t("fees"), fees.join(" · ") || "—"],
    [t("photo"), application.hasPhoto ? t("hasPhoto") : t("noPhoto")],
    ...(application.bio ? [[t("bio"), application.bio] as [string, string]] : []),
  ];
  return (
    <>
      <BackLink href="/admin/doctors" label={t("back")} />
      <PageHeader title={application.name} />
      <div className="grid gap-4 md:grid-cols-2">
        <ApplicationCard
          application={application}
          verifyAction={verifyDoctorAction}
          rejectAction={rejectDoctorAction}
          detailsLink={false}
        />
        <Card>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600">{label}</dt>
                <dd className="min-w-0 break-words text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
      <section aria-labelledby="history" className="mt-6">
        <h2 id="history" className="mb-3 text-lg font-semibold text-slate-900">
          {t("history")}
        </h2>
        {application.history.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noHistory")}</p>
        ) : (
          <AuditList entries={application.history} />
        )}
      </section>
    </>
  );
}

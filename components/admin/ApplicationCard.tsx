import Link from "next/link";
import { FileText } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import type { FormAction } from "@/lib/actions/result";
import type { DoctorApplicationSummaryDto } from "@/lib/admin/schemas";
import { specialtyLabel, type SpecialtyKey } from "@/lib/doctors/specialties";
import { formatDate } from "@/lib/i18n/format";
import { isAppLocale } from "@/lib/i18n/config";
import { IdActionForm } from "./IdActionForm";
import { ReasonForm } from "./ReasonForm";

const kb = (bytes: number | null) =>
  bytes === null ? "" : ` · ${Math.max(1, Math.round(bytes / 1024))} KB`;

/** One application in the X2 queue: who, what they claim, their documents, and the decision. */
export async function ApplicationCard({
  application: a,
  verifyAction,
  rejectAction,
  detailsLink = true,
}: {
  application: DoctorApplicationSummaryDto;
  /** Off on the detail page itself. */
  detailsLink?: boolean;
  verifyAction: FormAction;
  rejectAction: FormAction;
}) {
  const [t, raw] = await Promise.all([getTranslations("Admin.doctors"), getLocale()]);
  const locale = isAppLocale(raw) ? raw : "en";
  const facts: [string, string][] = [
    [t("email"), a.email],
    [t("specialty"), specialtyLabel(a.specialty as SpecialtyKey, locale)],
    [t("qualification"), a.qualification],
    [t("experience"), t("years", { count: a.experienceYears })],
    [t("licence"), a.licenseNumber],
    ...(a.registrationCouncil ? [[t("council"), a.registrationCouncil] as [string, string]] : []),
    [t("submitted"), formatDate(a.submittedAt, locale)],
    ...(a.verifiedAt
      ? [[t("verifiedOn"), formatDate(a.verifiedAt, locale)] as [string, string]]
      : []),
  ];
  return (
    <Card as="article" aria-labelledby={`app-${a.id}`} className="flex h-full flex-col gap-3">
      <h2 id={`app-${a.id}`} className="text-lg font-semibold text-slate-900">
        {a.name}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="min-w-0 break-words text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {a.rejectionReason && a.status === "rejected" ? (
        <p className="rounded-lg bg-red-50 p-2 text-sm text-red-900">
          <span className="font-semibold">{t("rejectionReason")}: </span>
          {a.rejectionReason}
        </p>
      ) : null}
      <section aria-label={t("documents")}>
        <h3 className="text-sm font-semibold text-slate-800">{t("documents")}</h3>
        {a.documents.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noDocuments")}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {a.documents.map((d) => (
              <li key={d.id}>
                <a
                  href={`/admin/doctors/${a.id}/documents/${d.id}`}
                  target="_blank"
                  rel="noopener"
                  data-file
                  aria-label={t("openDocument", { name: t(`kinds.${d.kind}`) })}
                  className="inline-flex min-h-11 items-center gap-2 text-sm font-medium text-brand-800 hover:underline"
                >
                  <FileText aria-hidden="true" className="size-4" />
                  {t(`kinds.${d.kind}`)}
                  <span className="text-slate-600">{kb(d.sizeBytes)}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {detailsLink ? (
        <Link
          href={`/admin/doctors/${a.id}`}
          aria-label={t("detailsOf", { name: a.name })}
          className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-800 hover:underline"
        >
          {t("details")}
        </Link>
      ) : null}
      {a.status === "pending" ? (
        <div className="mt-auto flex flex-col gap-3">
          <IdActionForm
            action={verifyAction}
            id={a.id}
            label={t("verify")}
            accessibleLabel={t("verifyLabel", { name: a.name })}
            pendingText={t("verifying")}
          />
          <ReasonForm
            action={rejectAction}
            id={a.id}
            copy={{
              open: t("reject"),
              title: t("rejectTitle"),
              reason: t("reason"),
              hint: t("reasonHint"),
              confirm: t("rejectConfirm"),
              pending: t("rejecting"),
            }}
          />
        </div>
      ) : null}
    </Card>
  );
}

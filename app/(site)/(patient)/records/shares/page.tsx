import type { Metadata } from "next";
import Link from "next/link";
import { Stethoscope } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { ConfirmShareForm } from "@/components/record-shares/ConfirmShareForm";
import { ConsentSummary } from "@/components/record-shares/ConsentSummary";
import { ShareForm } from "@/components/record-shares/ShareForm";
import { ShareList } from "@/components/record-shares/ShareList";
import {
  draftHref,
  readShareDraft,
  shareDays,
  shareExpiry,
  type ShareSearchParams,
} from "@/components/record-shares/share-draft";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { buttonClass } from "@/components/ui/button-styles";
import { requireActor } from "@/lib/auth/session";
import { listHealthRecords } from "@/lib/health-records/queries";
import { listRecordShares, listShareTargets } from "@/lib/record-shares/queries";
import { createRecordShareAction, revokeRecordShareAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recordShares");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<ShareSearchParams & { notice?: string; page?: string }> };

const notices = ["shared", "revoked"] as const;
// The checkbox list offers my most recent records; the API shares any number.
const recordChoices = 100;

/**
 * Share records with a doctor (#11): the form (step 1), the consent in plain words (step 2, from
 * the same URL with `step=review`), and my shares with Revoke. `?record=<id>` preselects a record.
 */
export default async function RecordSharesPage({ searchParams }: Props) {
  const params = await searchParams;
  const actor = await requireActor("/records/shares");
  const page = Math.max(1, Number(params.page) || 1);
  const [t, targets, records, shares] = await Promise.all([
    getTranslations("recordShares"),
    listShareTargets(actor),
    listHealthRecords(actor, { page: 1, pageSize: recordChoices }, { door: "page" }),
    listRecordShares(actor, { as: "patient", page, pageSize: 20 }),
  ]);
  const draft = readShareDraft(params, {
    doctorIds: targets.map((d) => d.doctorId),
    recordIds: records.data.map((r) => r.id),
  });
  const notice = notices.find((n) => n === params.notice);
  const target = targets.find((d) => d.doctorId === draft.doctorId);
  const days = shareDays(draft.days);
  const expiresAt = days ? shareExpiry(days, new Date()).toISOString() : null;

  return (
    <PageContainer>
      <div className="mx-auto max-w-3xl space-y-6">
        <div>
          <BackLink href="/records" label={t("back")} />
          <PageHeader title={t("title")} subtitle={t("subtitle")}>
            <Link
              href="/records/access-log"
              className="mt-3 inline-flex min-h-11 items-center text-sm font-semibold text-brand-800 underline"
            >
              {t("accessLogLink")}
            </Link>
          </PageHeader>
          {notice ? (
            <Alert tone="success" focusOnMount>
              {t(`notices.${notice}`)}
            </Alert>
          ) : null}
        </div>

        {targets.length === 0 ? (
          <EmptyState
            icon={<Stethoscope aria-hidden="true" />}
            title={t("noDoctors.title")}
            hint={t("noDoctors.hint")}
            action={
              <Link href="/doctors" className={buttonClass("primary")}>
                {t("noDoctors.action")}
              </Link>
            }
          />
        ) : draft.reviewing && target && expiresAt ? (
          <ConsentSummary
            doctor={target}
            records={
              draft.scope === "all"
                ? null
                : records.data.filter((r) => draft.recordIds.includes(r.id))
            }
            purpose={draft.purpose}
            expiresAt={expiresAt}
          >
            <ConfirmShareForm
              action={createRecordShareAction}
              fields={{
                doctorId: target.doctorId,
                appointmentId: target.appointmentId,
                scope: draft.scope,
                recordId: draft.scope === "selected" ? draft.recordIds : [],
                purpose: draft.purpose,
                expiresAt,
              }}
              copy={{
                confirm: t("consent.confirm"),
                confirming: t("consent.confirming"),
                edit: t("consent.edit"),
              }}
              editHref={draftHref(draft)}
            />
          </ConsentSummary>
        ) : (
          <ShareForm draft={draft} targets={targets} records={records.data} />
        )}

        <section aria-labelledby="shares-heading" className="space-y-3">
          <h2 id="shares-heading" className="text-lg font-semibold text-slate-900">
            {t("list.heading")}
          </h2>
          {shares.data.length === 0 ? (
            <p className="text-sm text-slate-600">{t("list.empty")}</p>
          ) : (
            <>
              <ShareList shares={shares.data} revokeAction={revokeRecordShareAction} />
              <Pagination
                page={shares.meta.page}
                pageSize={shares.meta.pageSize}
                total={shares.meta.total}
                hrefFor={(n) => `/records/shares?page=${n}`}
              />
            </>
          )}
        </section>
      </div>
    </PageContainer>
  );
}

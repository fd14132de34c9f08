import type { Metadata } from "next";
import Link from "next/link";
import { Pencil, Share2, Trash2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { DeleteRecordForm } from "@/components/records/DeleteRecordForm";
import { EditRecordForm } from "@/components/records/EditRecordForm";
import { RecordDetails } from "@/components/records/RecordDetails";
import { RecordPreview } from "@/components/records/RecordPreview";
import { recordTypeLook } from "@/components/records/record-look";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/button-styles";
import { flatCardClass } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import { todayInIndia } from "@/lib/validation/fields";
import { deleteHealthRecordAction, updateHealthRecordAction } from "../actions";
import { loadRecord } from "./record";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records.detail");
  return { title: t("metaTitle") };
}

/**
 * One record (#11): preview, download, details; for its owner also edit (`?edit=1`) and delete
 * (`?confirm=delete`, a confirm step that needs no JavaScript). A doctor reading it under a share
 * sees it read-only.
 */
export default async function RecordPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/records/${id}`);
  const record = await loadRecord(actor, id);
  const [t, copy, query] = await Promise.all([
    getTranslations("records"),
    copyOf("records"),
    searchParams,
  ]);
  const editing = record.mine && query.edit === "1";
  const deleting = record.mine && query.confirm === "delete";
  const notice = query.created === "1" ? "created" : query.saved === "1" ? "saved" : null;
  const { Icon, tone } = recordTypeLook[record.recordType];

  return (
    <PageContainer>
      <div className="mx-auto max-w-3xl space-y-6">
        <div>
          <BackLink href="/records" label={t("detail.back")} />
          <div className="flex items-start gap-3">
            <span className={`grid size-12 shrink-0 place-items-center rounded-full ${tone}`}>
              <Icon aria-hidden="true" className="size-6" />
            </span>
            <div className="min-w-0">
              <p className="text-sm font-semibold text-slate-600">
                {t(`types.${record.recordType}`)}
              </p>
              <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900">
                {record.title}
              </h1>
            </div>
          </div>
        </div>
        {notice ? <Alert tone="success">{t(`detail.${notice}`)}</Alert> : null}
        {record.mine ? null : <Alert tone="success">{t("detail.sharedWithYou")}</Alert>}
        {deleting ? (
          <DeleteRecordForm
            recordId={record.id}
            action={deleteHealthRecordAction.bind(null, record.id)}
            copy={copy.detail}
          />
        ) : null}

        <section aria-labelledby="preview-title" className={flatCardClass}>
          <h2 id="preview-title" className="mb-3 text-lg font-semibold text-slate-900">
            {t("detail.preview")}
          </h2>
          <RecordPreview record={record} />
        </section>

        <section aria-labelledby="details-title" className={flatCardClass}>
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id="details-title" className="text-lg font-semibold text-slate-900">
              {t("detail.details")}
            </h2>
            {record.mine && !editing ? (
              <div className="flex flex-wrap gap-2">
                <Link
                  href={`/records/shares?record=${record.id}`}
                  className={buttonClass("secondary")}
                >
                  <Share2 aria-hidden="true" className="size-4" />
                  {t("detail.share")}
                </Link>
                <Link href={`/records/${record.id}?edit=1`} className={buttonClass("secondary")}>
                  <Pencil aria-hidden="true" className="size-4" />
                  {t("detail.edit")}
                </Link>
                {deleting ? null : (
                  <Link
                    href={`/records/${record.id}?confirm=delete`}
                    className={buttonClass("secondary", "text-red-800")}
                  >
                    <Trash2 aria-hidden="true" className="size-4" />
                    {t("detail.delete")}
                  </Link>
                )}
              </div>
            ) : null}
          </div>
          {editing ? (
            <EditRecordForm
              record={record}
              action={updateHealthRecordAction.bind(null, record.id)}
              today={todayInIndia()}
              copy={copy}
            />
          ) : (
            <RecordDetails record={record} />
          )}
        </section>
      </div>
    </PageContainer>
  );
}

import { FileText, Trash2, Upload } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { FieldError, FieldHint, labelClass } from "@/components/ui/Field";
import { Select } from "@/components/ui/Select";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { buttonClass } from "@/components/ui/button-styles";
import {
  doctorDocumentKindValues as doctorDocumentKinds,
  type DoctorDocumentDto,
} from "@/lib/doctor-documents/schemas";

const errorCodes = [
  "unsupported_media_type",
  "payload_too_large",
  "validation_failed",
  "conflict",
  "not_found",
  "rate_limited",
] as const;

/**
 * D1's documents: the list (delete while not verified) and an upload form. Plain forms posting to
 * server actions, so they work without JavaScript; the outcome comes back as `?notice=`/`?error=`.
 */
export async function DocumentsPanel({
  documents,
  canDelete,
  error,
  uploadAction,
  deleteAction,
}: {
  documents: DoctorDocumentDto[];
  canDelete: boolean;
  error?: string;
  uploadAction: (form: FormData) => Promise<void>;
  deleteAction: (form: FormData) => Promise<void>;
}) {
  const [t, format] = await Promise.all([getTranslations("DoctorHome.documents"), getFormatter()]);
  const code = errorCodes.find((c) => c === error) ?? (error ? "internal" : undefined);
  const message = code ? t(`errors.${code}`) : undefined;
  return (
    <section id="documents" aria-labelledby="documents-heading" className="space-y-4">
      <h2 id="documents-heading" className="text-xl font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      {documents.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="divide-y divide-slate-200 rounded-xl border">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-3 p-3">
              <FileText aria-hidden="true" className="size-5 text-slate-500" />
              <div className="min-w-0 flex-1">
                <p className="font-medium text-slate-900">{t(`kinds.${d.kind}`)}</p>
                <p className="truncate text-sm text-slate-600">
                  {d.fileName ?? d.contentType} ·{" "}
                  {format.dateTime(new Date(d.createdAt), { dateStyle: "medium" })} ·{" "}
                  {t(`status.${d.status}`)}
                </p>
              </div>
              {canDelete ? (
                <form action={deleteAction}>
                  <input type="hidden" name="id" value={d.id} />
                  <button
                    type="submit"
                    className={buttonClass("secondary")}
                    aria-label={t("deleteLabel", { name: d.fileName ?? t(`kinds.${d.kind}`) })}
                  >
                    <Trash2 aria-hidden="true" className="size-4" />
                    {t("delete")}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {!canDelete && documents.length > 0 ? (
        <p className="text-sm text-slate-600">{t("lockedHint")}</p>
      ) : null}
      <form
        action={uploadAction}
        className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
      >
        <div>
          <label htmlFor="document-kind" className={labelClass}>
            {t("kind")}
          </label>
          <Select
            id="document-kind"
            name="kind"
            defaultValue="registration_certificate"
            options={doctorDocumentKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
        </div>
        <div>
          <label htmlFor="document-file" className={`${labelClass} flex items-center gap-2`}>
            <Upload aria-hidden="true" className="size-4" />
            {t("file")}
          </label>
          <input
            id="document-file"
            name="file"
            type="file"
            required
            accept="application/pdf,image/jpeg,image/png"
            aria-invalid={message ? true : undefined}
            aria-describedby={`document-file-hint${message ? " document-file-error" : ""}`}
            className="mt-2 block w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:font-semibold file:text-brand-800"
          />
          <FieldHint id="document-file">{t("fileHint")}</FieldHint>
          <FieldError id="document-file" message={message} />
        </div>
        <div className="sm:col-span-2">
          <SubmitButton pendingText={t("uploading")}>{t("upload")}</SubmitButton>
        </div>
      </form>
    </section>
  );
}

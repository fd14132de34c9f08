import { Download, ExternalLink, FileX2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-styles";
import type { HealthRecordDto } from "@/lib/health-records/schemas";

/**
 * The record's file shown in the page: an image in an <img>, a PDF in an <iframe> (the page's
 * policy has `object-src 'none'`, so no <object>), with a plain link to open it for browsers that
 * cannot show a PDF inline, and the Download button. Both URLs are the authorized page door.
 */
export function RecordPreview({ record }: { record: HealthRecordDto }) {
  const t = useTranslations("records.detail");
  const file = record.file;
  if (!file) {
    return (
      <p className="flex items-center gap-2 text-sm text-slate-700">
        <FileX2 aria-hidden="true" className="size-5 text-slate-500" />
        {t("noFile")}
      </p>
    );
  }
  const label = t("previewOf", { title: record.title });
  return (
    <div className="space-y-3">
      {file.contentType === "application/pdf" ? (
        <div className="space-y-2">
          <iframe
            src={file.previewUrl}
            title={label}
            className="h-[70vh] min-h-96 w-full rounded-lg border border-slate-200 bg-slate-50"
          />
          <p className="text-sm text-slate-600">{t("pdfFallback")}</p>
        </div>
      ) : (
        // A private, authorized file: next/image would fetch it through its optimizer instead.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={file.previewUrl}
          alt={label}
          className="max-h-[70vh] w-auto max-w-full rounded-lg border border-slate-200 bg-slate-50 object-contain"
        />
      )}
      <div className="flex flex-wrap gap-3">
        <a href={file.downloadUrl} download className={buttonClass("primary")}>
          <Download aria-hidden="true" className="size-4" />
          {t("download")}
        </a>
        <a
          href={file.previewUrl}
          target="_blank"
          rel="noopener"
          data-file
          className={buttonClass("secondary")}
        >
          <ExternalLink aria-hidden="true" className="size-4" />
          {t("openFile")}
        </a>
      </div>
    </div>
  );
}

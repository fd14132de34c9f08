import {
  ClipboardList,
  FileHeart,
  FileText,
  FlaskConical,
  NotebookPen,
  Pill,
  Syringe,
} from "lucide-react";
import type { RecordType } from "@/lib/health-records/schemas";

/** Each record type's icon and colour, so the list reads at a glance (the label says it in words). */
export const recordTypeLook: Record<RecordType, { Icon: typeof FileText; tone: string }> = {
  prescription: { Icon: Pill, tone: "bg-brand-50 text-brand-800" },
  lab_report: { Icon: FlaskConical, tone: "bg-violet-50 text-violet-800" },
  doctor_note: { Icon: NotebookPen, tone: "bg-amber-50 text-amber-900" },
  discharge_summary: { Icon: ClipboardList, tone: "bg-rose-50 text-rose-800" },
  vaccination: { Icon: Syringe, tone: "bg-emerald-50 text-emerald-800" },
  other: { Icon: FileHeart, tone: "bg-slate-100 text-slate-700" },
};

/** A file size as people read it: "840 KB", "2.4 MB" (numbers in the page's locale). */
export function fileSizeText(bytes: number, locale: string, t: { kb: string; mb: string }): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) {
    const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(mb);
    return t.mb.replace("{size}", size);
  }
  const kb = Math.max(1, Math.round(bytes / 1024));
  return t.kb.replace("{size}", new Intl.NumberFormat(locale).format(kb));
}

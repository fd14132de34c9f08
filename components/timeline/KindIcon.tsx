import {
  CalendarCheck,
  ClipboardList,
  FileText,
  FlaskConical,
  Package,
  Pill,
  type LucideIcon,
} from "lucide-react";
import type { TimelineKind } from "@/lib/timeline/schemas";

const icons: Record<TimelineKind, { icon: LucideIcon; tone: string }> = {
  appointment: { icon: CalendarCheck, tone: "bg-brand-100 text-brand-800" },
  record: { icon: FileText, tone: "bg-sky-100 text-sky-800" },
  prescription: { icon: Pill, tone: "bg-violet-100 text-violet-800" },
  lab_report: { icon: FlaskConical, tone: "bg-amber-100 text-amber-900" },
  medicine_order: { icon: Package, tone: "bg-emerald-100 text-emerald-800" },
  symptom_check: { icon: ClipboardList, tone: "bg-rose-100 text-rose-800" },
};

/** The round icon beside a timeline item; decorative (the kind is also written out). */
export function KindIcon({ kind }: { kind: TimelineKind }) {
  const { icon: Icon, tone } = icons[kind];
  return (
    <span
      aria-hidden="true"
      className={`grid size-10 shrink-0 place-items-center rounded-full ${tone}`}
    >
      <Icon className="size-5" />
    </span>
  );
}

import {
  Bell,
  CalendarDays,
  FlaskConical,
  MessagesSquare,
  Package,
  Pill,
  Siren,
  Tag,
} from "lucide-react";
import type { NotificationDto } from "@/lib/notifications/schemas";

const icons = {
  appointment: CalendarDays,
  order: Package,
  lab_test: FlaskConical,
  prescription: Pill,
  forum: MessagesSquare,
  emergency: Siren,
  general: Bell,
  promotion: Tag,
} as const;

const tones: Record<NotificationDto["type"], string> = {
  appointment: "bg-brand-50 text-brand-800",
  order: "bg-amber-50 text-amber-800",
  lab_test: "bg-violet-50 text-violet-800",
  prescription: "bg-emerald-50 text-emerald-800",
  forum: "bg-sky-50 text-sky-800",
  emergency: "bg-red-50 text-red-800",
  general: "bg-slate-100 text-slate-700",
  promotion: "bg-pink-50 text-pink-800",
};

/** A notification's kind as an icon in a tinted circle; `label` names it for screen readers. */
export function TypeIcon({ type, label }: { type: NotificationDto["type"]; label: string }) {
  const Icon = icons[type];
  return (
    <span className={`grid size-10 shrink-0 place-items-center rounded-full ${tones[type]}`}>
      <Icon aria-hidden="true" className="size-5" />
      <span className="sr-only">{label}</span>
    </span>
  );
}

import type { SupportTicketStatus } from "@/lib/support/schemas";

const tones: Record<SupportTicketStatus, string> = {
  open: "bg-amber-100 text-amber-900",
  answered: "bg-emerald-100 text-emerald-900",
  closed: "bg-slate-200 text-slate-800",
};

/** A ticket's status as a coloured pill with its words (colour is never the only signal). */
export function TicketStatus({ status, label }: { status: SupportTicketStatus; label: string }) {
  return (
    <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[status]}`}>
      {label}
    </span>
  );
}

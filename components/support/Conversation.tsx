import type { SupportMessageDto } from "@/lib/support/schemas";

/**
 * A ticket's messages, oldest first: the writer, the time and the text as plain text (never
 * HTML), support's answers set apart.
 */
export function Conversation({
  messages,
  label,
  names,
  formatTime,
}: {
  messages: SupportMessageDto[];
  label: string;
  names: { staff: string; requester: string };
  formatTime: (iso: string) => string;
}) {
  return (
    <ol aria-label={label} className="space-y-3">
      {messages.map((m) => (
        <li
          key={m.id}
          className={`rounded-xl border p-4 ${
            m.fromStaff ? "border-brand-200 bg-brand-50" : "border-slate-200 bg-white"
          }`}
        >
          <p className="flex flex-wrap justify-between gap-2 text-sm">
            <span className="font-semibold text-slate-900">
              {m.fromStaff ? names.staff : names.requester}
            </span>
            <time dateTime={m.createdAt} className="text-slate-600">
              {formatTime(m.createdAt)}
            </time>
          </p>
          <p className="mt-2 whitespace-pre-wrap break-words text-slate-800">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}

import { Siren, Stethoscope } from "lucide-react";
import { Markdown } from "@/components/ui/Markdown";
import type { CoachMessageDto } from "@/lib/coach/schemas";
import { CallLink } from "@/components/ui/CallLink";

export interface CoachMessageCopy {
  you: string;
  coach: string;
  emergencyTitle: string;
  call108: string;
  call112: string;
  refusedTitle: string;
}

/**
 * One message of a conversation: the person's as plain text, the coach's as sanitised Markdown.
 * An emergency answer is the 108 card (call links first); a refused dose, prescription or
 * diagnosis request carries a link to book a doctor. Isomorphic (the chat streams into it).
 */
export function CoachMessage({
  message,
  copy,
}: {
  message: Pick<CoachMessageDto, "role" | "content" | "safetyFlag">;
  copy: CoachMessageCopy;
}) {
  if (message.role === "user") {
    return (
      <div className="ms-auto max-w-[85%] rounded-2xl rounded-ee-sm bg-brand-700 px-4 py-3 text-white">
        <p className="sr-only">{copy.you}:</p>
        <p className="break-words whitespace-pre-wrap">{message.content}</p>
      </div>
    );
  }
  if (message.safetyFlag === "emergency") {
    return (
      <div className="max-w-[95%] rounded-2xl border-2 border-red-700 bg-red-50 p-4 text-red-950">
        <h3 className="flex items-center gap-2 text-lg font-bold text-red-900">
          <Siren aria-hidden="true" className="size-5" />
          {copy.emergencyTitle}
        </h3>
        <div className="mt-3 flex flex-wrap gap-3">
          <CallLink number="108">{copy.call108}</CallLink>
          <CallLink number="112" tone="secondary">
            {copy.call112}
          </CallLink>
        </div>
        <Markdown headingOffset={2} minLevel={4} className="mt-3 space-y-2 break-words">
          {message.content}
        </Markdown>
      </div>
    );
  }
  const refused =
    message.safetyFlag === "dosing" ||
    message.safetyFlag === "prescription" ||
    message.safetyFlag === "diagnosis";
  return (
    <div
      className={`max-w-[95%] rounded-2xl rounded-es-sm border px-4 py-3 ${
        refused ? "border-amber-300 bg-amber-50" : "border-slate-200 bg-white"
      }`}
    >
      <p className="sr-only">{copy.coach}:</p>
      {refused ? (
        <h3 className="mb-2 flex items-center gap-2 font-semibold text-amber-950">
          <Stethoscope aria-hidden="true" className="size-4" />
          {copy.refusedTitle}
        </h3>
      ) : null}
      <Markdown headingOffset={2} minLevel={refused ? 4 : 3}>
        {message.content}
      </Markdown>
    </div>
  );
}

"use client";

import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { LoaderCircle, Send } from "lucide-react";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { labelClass } from "@/components/ui/Field";
import { inputClass } from "@/components/ui/Input";
import type { CoachMessageDto, CoachSafetyFlag } from "@/lib/coach/schemas";
import { CoachMessage, type CoachMessageCopy } from "./CoachMessage";

type ShownMessage = Pick<CoachMessageDto, "id" | "role" | "content" | "safetyFlag">;

export interface CoachChatCopy extends CoachMessageCopy {
  label: string;
  empty: string;
  input: string;
  inputHint: string;
  send: string;
  sending: string;
  thinking: string;
  /** Error texts by problem code; `internal` for any other. */
  errors: Record<"validation_failed" | "rate_limited" | "not_found" | "internal", string>;
}

const flags = new Set<string>([
  "none",
  "emergency",
  "dosing",
  "other",
  "prescription",
  "diagnosis",
]);

/**
 * The conversation and its composer. Without JavaScript the form posts to `action` (a server
 * action that computes the whole answer and reloads the page). With it, the message goes to
 * POST /api/v1/coach/conversations/{id}/messages and the answer is rendered as it streams in.
 * Enter sends, Shift+Enter adds a line; the form is disabled while the coach writes.
 */
export function CoachChat({
  conversationId,
  initialMessages,
  action,
  error,
  copy,
}: {
  conversationId: string;
  initialMessages: ShownMessage[];
  action: (form: FormData) => Promise<void>;
  /** An error code from a no-JavaScript post (?error=). */
  error?: string;
  copy: CoachChatCopy;
}) {
  const [messages, setMessages] = useState<ShownMessage[]>(initialMessages);
  const [waiting, setWaiting] = useState(false);
  const [problem, setProblem] = useState<string | null>(error ? errorText(error, copy) : null);
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const content = inputRef.current?.value.trim() ?? "";
    if (!content || waiting) return;
    setProblem(null);
    setWaiting(true);
    const pendingId = `pending-${Date.now()}`;
    setMessages((m) => [
      ...m,
      { id: `${pendingId}-user`, role: "user", content, safetyFlag: "none" },
    ]);
    try {
      const response = await fetch(`/api/v1/coach/conversations/${conversationId}/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ content }),
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { code?: string } | null;
        setMessages((m) => m.filter((x) => x.id !== `${pendingId}-user`));
        setProblem(errorText(body?.code ?? "internal", copy));
        return;
      }
      if (inputRef.current) inputRef.current.value = "";
      const flag = response.headers.get("x-coach-safety-flag") ?? "none";
      const id = response.headers.get("x-coach-message-id") ?? pendingId;
      const safetyFlag = (flags.has(flag) ? flag : "none") as CoachSafetyFlag;
      setMessages((m) => [...m, { id, role: "assistant", content: "", safetyFlag }]);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        setMessages((m) => m.map((x) => (x.id === id ? { ...x, content: x.content + value } : x)));
      }
    } catch {
      setProblem(copy.errors.internal);
    } finally {
      setWaiting(false);
      inputRef.current?.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  }

  return (
    <>
      <section aria-labelledby="conversation-title" className="space-y-4">
        <h2 id="conversation-title" className="sr-only">
          {copy.label}
        </h2>
        {messages.length === 0 ? <p className="text-slate-600">{copy.empty}</p> : null}
        <div role="log" aria-live="polite" aria-relevant="additions text">
          <ol className="space-y-4">
            {messages.map((message, index) => (
              <li
                key={message.id}
                id={index === messages.length - 1 ? "latest" : undefined}
                className="flex flex-col"
              >
                <CoachMessage message={message} copy={copy} />
              </li>
            ))}
          </ol>
        </div>
        {waiting ? (
          <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
            <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
            {copy.thinking}
          </p>
        ) : null}
      </section>
      <form
        ref={formRef}
        id="composer"
        action={action}
        onSubmit={onSubmit}
        className="sticky bottom-0 mt-6 space-y-2 border-t border-slate-200 bg-slate-50 py-4"
      >
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        <label htmlFor="coach-input" className={labelClass}>
          {copy.input}
        </label>
        <textarea
          ref={inputRef}
          className={inputClass}
          id="coach-input"
          name="content"
          rows={3}
          required
          maxLength={2000}
          disabled={waiting}
          onKeyDown={onKeyDown}
          aria-describedby="coach-input-hint"
        />
        <p id="coach-input-hint" className="text-sm text-slate-600">
          {copy.inputHint}
        </p>
        <button
          type="submit"
          disabled={waiting}
          aria-busy={waiting || undefined}
          className={buttonClass("primary")}
        >
          {waiting ? (
            <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
          ) : (
            <Send aria-hidden="true" className="size-4" />
          )}
          {waiting ? copy.sending : copy.send}
        </button>
      </form>
    </>
  );
}

function errorText(code: string, copy: CoachChatCopy): string {
  return code in copy.errors
    ? copy.errors[code as keyof CoachChatCopy["errors"]]
    : copy.errors.internal;
}

"use client";

import { useActionState, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Upload } from "lucide-react";
import { Alert } from "@/components/ui/Alert";
import { describedBy, FieldError, FieldHint, labelClass } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { FormAction } from "@/lib/actions/result";
import { fill, type Copy } from "@/lib/i18n/read-copy";
import { RecordFields } from "./RecordFields";
import { acceptedRecordTypes, localFileProblem, uploadFailureOf } from "./upload-rules";

type Phase = { kind: "idle" } | { kind: "sending"; percent: number } | { kind: "done" };

/**
 * The upload form. With JavaScript it sends the form to POST /api/v1/health-records through
 * XMLHttpRequest, the one browser API that reports upload progress, and shows a <progress> bar;
 * then opens the new record. Without JavaScript the same form posts to the server action. Size
 * and type are checked here first to spare a wasted upload; the server checks the bytes again.
 */
export function UploadRecordForm({
  action,
  today,
  copy,
  tooLarge = false,
}: {
  action: FormAction;
  today: string;
  /** copyOf("records") */
  copy: Copy<"records">;
  /** The last post (without JavaScript) was refused as too long to read: say so beside the file. */
  tooLarge?: boolean;
}) {
  const t = copy.upload;
  const router = useRouter();
  // The server action itself, unwrapped: only a server reference renders a form that posts
  // without JavaScript (with JavaScript, onSubmit sends the form through XMLHttpRequest instead).
  const [state, formAction] = useActionState(action, null);
  // Only until the form's next answer (posting again keeps `?refused=` in the address).
  const [fileError, setFileError] = useState(tooLarge && !state ? t.tooLarge : undefined);
  const [failure, setFailure] = useState<{
    message: string;
    fieldErrors: Record<string, string>;
  }>();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const xhrRef = useRef<XMLHttpRequest | null>(null);

  const errors = failure?.fieldErrors ?? state?.fieldErrors ?? {};
  const fileMessage = fileError ?? errors.file;
  const summary = failure?.message ?? (state && !state.ok ? state.message : undefined);
  const sending = phase.kind === "sending";

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get("file");
    const problem = localFileProblem(file instanceof File && file.name ? file : undefined, t);
    setFileError(problem);
    if (problem) {
      form.querySelector<HTMLInputElement>("#record-file")?.focus();
      return;
    }
    setFailure(undefined);
    setPhase({ kind: "sending", percent: 0 });
    const xhr = new XMLHttpRequest();
    xhrRef.current = xhr;
    xhr.open("POST", "/api/v1/health-records");
    xhr.setRequestHeader("accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) {
        setPhase({ kind: "sending", percent: Math.round((e.loaded / e.total) * 100) });
      }
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page): the status alone decides the message.
      }
      const id = (body as { data?: { id?: unknown } } | null)?.data?.id;
      if (xhr.status === 201 && typeof id === "string") {
        setPhase({ kind: "done" });
        router.push(`/records/${id}?created=1`);
        return;
      }
      setPhase({ kind: "idle" });
      setFailure(uploadFailureOf(xhr.status, body, copy));
    };
    xhr.onerror = xhr.onabort = () => {
      setPhase({ kind: "idle" });
      setFailure(uploadFailureOf(0, null, copy));
    };
    xhr.send(data);
  };

  const percent = phase.kind === "sending" ? phase.percent : phase.kind === "done" ? 100 : 0;
  // Announce in steps of ten, not every percent, so a screen reader is not flooded.
  const spoken = phase.kind === "done" ? 100 : Math.floor(percent / 10) * 10;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
      {summary ? <Alert tone="error">{summary}</Alert> : null}
      <div>
        <label htmlFor="record-file" className={`${labelClass} flex items-center gap-2`}>
          <Upload aria-hidden="true" className="size-4" />
          {t.file}
        </label>
        <input
          id="record-file"
          name="file"
          type="file"
          required
          accept={acceptedRecordTypes.join(",")}
          aria-invalid={fileMessage ? true : undefined}
          aria-describedby={describedBy("record-file", true, fileMessage)}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            setFileError(file ? localFileProblem(file, t) : undefined);
          }}
          className="mt-2 block w-full text-sm text-slate-700 file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:font-semibold file:text-brand-800 hover:file:bg-brand-100"
        />
        <FieldHint id="record-file">{t.fileHint}</FieldHint>
        <FieldError id="record-file" message={fileMessage} />
      </div>
      <RecordFields values={state?.values ?? {}} errors={errors} today={today} copy={copy} />
      {phase.kind !== "idle" ? (
        <div className="space-y-1">
          <label htmlFor="record-progress" className={labelClass}>
            {t.progressLabel}
          </label>
          <progress
            id="record-progress"
            max={100}
            value={percent}
            className="h-3 w-full overflow-hidden rounded-full accent-brand-700"
          />
          <p role="status" aria-live="polite" className="text-sm text-slate-700">
            {phase.kind === "done" ? t.uploaded : fill(t.progress, { percent: spoken })}
          </p>
        </div>
      ) : null}
      <SubmitButton pending={phase.kind !== "idle"} pendingText={t.uploading}>
        {t.submit}
      </SubmitButton>
    </form>
  );
}

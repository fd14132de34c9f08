"use client";

import { useActionState, useState } from "react";
import { Camera } from "lucide-react";
import type { ActionResult, ActionState, FormAction } from "@/lib/actions/result";
import { FormAlert } from "@/components/ui/Alert";
import { describedBy, FieldError, FieldHint, labelClass } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { flatCardClass } from "@/components/ui/Card";
import type { Copy } from "@/lib/i18n/read-copy";

const maxBytes = 2 * 1024 * 1024;
const accepted = ["image/jpeg", "image/png", "image/webp"];

/**
 * Photo upload. The browser checks size and type first to save a wasted upload; the server checks
 * the bytes again and is the one that decides.
 */
export function PhotoForm({
  hasPhoto,
  action,
  copy: t,
}: {
  hasPhoto: boolean;
  action: FormAction;
  /** copyOf("profile").photo */
  copy: Copy<"profile">["photo"];
}) {
  const [localError, setLocalError] = useState<string | undefined>();
  const [state, formAction] = useActionState(
    async (prev: ActionState, form: FormData): Promise<ActionResult> => {
      try {
        return await action(prev, form);
      } catch {
        // A body over the server's action limit or a dropped connection ends up here.
        return {
          ok: false,
          code: "payload_too_large",
          message: t.failed,
          fieldErrors: { photo: t.failed },
        };
      }
    },
    null,
  );
  const error = localError ?? state?.fieldErrors?.photo;
  const id = "profile-photo";

  return (
    <form
      action={formAction}
      className={`${flatCardClass} space-y-3`}
      onSubmit={(event) => {
        if (localError) event.preventDefault();
      }}
    >
      <div>
        <label htmlFor={id} className={`${labelClass} flex items-center gap-2`}>
          <Camera aria-hidden="true" className="size-4" />
          {hasPhoto ? t.change : t.label}
        </label>
        <input
          id={id}
          name="photo"
          type="file"
          required
          accept={accepted.join(",")}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, true, error)}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return setLocalError(undefined);
            if (file.size > maxBytes) return setLocalError(t.tooLarge);
            if (file.type && !accepted.includes(file.type)) return setLocalError(t.wrongType);
            setLocalError(undefined);
          }}
          className="mt-2 block w-full text-sm text-slate-700 file:mr-3 file:min-h-10 file:rounded-lg file:border-0 file:bg-brand-50 file:px-3 file:font-semibold file:text-brand-800 hover:file:bg-brand-100"
        />
        <FieldHint id={id}>{t.hint}</FieldHint>
        <FieldError id={id} message={error} />
      </div>
      {state && !state.fieldErrors?.photo ? <FormAlert state={state} success={t.saved} /> : null}
      <SubmitButton pendingText={t.uploading} variant="secondary">
        {t.upload}
      </SubmitButton>
    </form>
  );
}

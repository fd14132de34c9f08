"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";

/**
 * The consent's one real button: posts exactly what the summary above it said (hidden fields),
 * so the share made is the share read. Without JavaScript it is a plain form post.
 */
export function ConfirmShareForm({
  action,
  fields,
  copy,
  editHref,
}: {
  action: FormAction;
  /** Name -> value(s) of the hidden inputs. */
  fields: Record<string, string | readonly string[]>;
  copy: { confirm: string; confirming: string; edit: string };
  editHref: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(fields).flatMap(([name, value]) =>
        (typeof value === "string" ? [value] : value).map((v) => (
          <input key={`${name}-${v}`} type="hidden" name={name} value={v} />
        )),
      )}
      <FormAlert state={state} focusOnMount />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} pendingText={copy.confirming}>
          {copy.confirm}
        </SubmitButton>
        <Link href={editHref} className={buttonClass("secondary")}>
          {copy.edit}
        </Link>
      </div>
    </form>
  );
}

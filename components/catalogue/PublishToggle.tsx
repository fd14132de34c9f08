"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/Alert";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { initialActionState, type FormAction } from "@/lib/actions/result";

export interface PublishToggleCopy {
  publish: string;
  hide: string;
  publishing: string;
  hiding: string;
  statePublished: string;
  stateHidden: string;
}

/** Says whether patients see the item, and one button that flips it (the publish toggle). */
export function PublishToggle({
  action,
  id,
  isActive,
  copy,
}: {
  action: FormAction;
  id: string;
  isActive: boolean;
  copy: PublishToggleCopy;
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-4"
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="isActive" value={isActive ? "false" : "true"} />
      <p className="text-sm font-medium text-slate-900">
        {isActive ? copy.statePublished : copy.stateHidden}
      </p>
      <SubmitButton
        variant={isActive ? "secondary" : "primary"}
        pending={pending}
        pendingText={isActive ? copy.hiding : copy.publishing}
      >
        {isActive ? copy.hide : copy.publish}
      </SubmitButton>
      <div className="w-full empty:hidden">
        <FormAlert state={state} />
      </div>
    </form>
  );
}

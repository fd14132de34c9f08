"use client";

import { FormAlert } from "@/components/ui/Alert";
import type { ButtonVariant } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";

/** One button acting on one saved address (make default, delete): a plain form post. */
export function AddressIdButton({
  id,
  action,
  label,
  pendingText,
  variant = "secondary",
}: {
  id: string;
  action: FormAction;
  label: string;
  pendingText: string;
  variant?: ButtonVariant;
}) {
  const { state, pending, formProps } = useActionForm(action);
  return (
    <form {...formProps} className="space-y-2">
      <FormAlert state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant={variant} pending={pending} pendingText={pendingText}>
        {label}
      </SubmitButton>
    </form>
  );
}

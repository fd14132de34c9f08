"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { LoaderCircle } from "lucide-react";
import { buttonClass, type ButtonVariant } from "./button-styles";

/**
 * A form's submit button: while the action runs it shows a spinner and `pendingText`, is
 * aria-busy and disabled (no double submit). Without JavaScript it is a plain submit button.
 */
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  name,
  value,
  className = "",
  pending: pendingProp = false,
  disabled = false,
}: {
  children: ReactNode;
  pendingText: string;
  /** Pending state from useActionForm (useFormStatus only sees `action`-prop submissions). */
  pending?: boolean;
  variant?: ButtonVariant;
  name?: string;
  value?: string;
  className?: string;
  disabled?: boolean;
}) {
  const status = useFormStatus();
  const pending = pendingProp || status.pending;
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      className={buttonClass(variant, className)}
    >
      {pending ? <LoaderCircle aria-hidden="true" className="size-4 animate-spin" /> : null}
      {pending ? pendingText : children}
    </button>
  );
}

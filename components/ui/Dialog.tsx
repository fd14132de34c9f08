"use client";

import { useId, useRef, type ReactNode } from "react";
import { X } from "lucide-react";
import { buttonClass, type ButtonVariant } from "./button-styles";

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape and restores focus
 * to the trigger. Titled by its heading (aria-labelledby). Needs JavaScript to open, so keep what
 * must work without it (a form post) usable outside the dialog, or behind a plain link.
 */
export function Dialog({
  trigger,
  triggerVariant = "secondary",
  title,
  closeLabel,
  children,
}: {
  trigger: ReactNode;
  triggerVariant?: ButtonVariant;
  title: string;
  /** The close button's accessible name, in the user's language. */
  closeLabel: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => ref.current?.showModal()}
        className={buttonClass(triggerVariant)}
      >
        {trigger}
      </button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        className="m-auto w-full max-w-md rounded-2xl border border-slate-200 bg-white p-6 shadow-lg backdrop:bg-slate-900/40"
      >
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <button
            type="button"
            onClick={() => ref.current?.close()}
            aria-label={closeLabel}
            className="-m-2 grid size-11 place-items-center rounded-lg text-slate-600 hover:bg-slate-100"
          >
            <X aria-hidden="true" className="size-5" />
          </button>
        </div>
        <div className="mt-4">{children}</div>
      </dialog>
    </>
  );
}

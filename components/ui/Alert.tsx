"use client";

import { useEffect, useRef, type HTMLAttributes, type ReactNode } from "react";
import { CircleAlert, CircleCheck } from "lucide-react";
import type { ActionState } from "@/lib/actions/result";

/**
 * The one alert of the app: an error is role=alert (announced at once), a success role=status
 * (announced politely). With a title it is a panel that can replace a form; `focusOnMount` then
 * moves focus to it, so keyboard and screen-reader users land on the outcome.
 */
export function Alert({
  tone,
  title,
  children,
  focusOnMount = false,
  className = "",
  ...rest
}: Omit<HTMLAttributes<HTMLDivElement>, "role" | "title"> & {
  tone: "error" | "success";
  title?: string;
  children?: ReactNode;
  focusOnMount?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  const Icon = tone === "success" ? CircleCheck : CircleAlert;
  const role = tone === "success" ? "status" : "alert";
  if (!title) {
    const look = tone === "success" ? "bg-emerald-50 text-emerald-900" : "bg-red-50 text-red-800";
    return (
      <div
        ref={ref}
        role={role}
        tabIndex={focusOnMount ? -1 : undefined}
        {...rest}
        className={`flex items-start gap-2 rounded-lg p-3 text-sm font-medium ${look} ${className}`}
      >
        <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <div>{children}</div>
      </div>
    );
  }
  const look =
    tone === "success"
      ? "border-emerald-200 bg-emerald-50 text-emerald-950"
      : "border-red-200 bg-red-50 text-red-950";
  return (
    <div
      ref={ref}
      role={role}
      tabIndex={-1}
      {...rest}
      className={`space-y-3 rounded-xl border p-4 ${look} ${className}`}
    >
      <h2 className="flex items-center gap-2 text-lg font-semibold">
        <Icon aria-hidden="true" className="size-5 shrink-0" />
        {title}
      </h2>
      <div className="space-y-3 text-sm">{children}</div>
    </div>
  );
}

/**
 * A form's outcome line: the action's message as an alert when it failed, `success` (or the
 * action's own message) as a status when it worked; nothing before the first submit.
 */
export function FormAlert({
  state,
  success,
  focusOnMount,
}: {
  state: ActionState;
  success?: string;
  focusOnMount?: boolean;
}) {
  if (!state) return null;
  if (state.ok) {
    const text = success ?? state.message;
    return text ? (
      <Alert tone="success" focusOnMount={focusOnMount}>
        {text}
      </Alert>
    ) : null;
  }
  return state.message ? (
    <Alert tone="error" focusOnMount={focusOnMount}>
      {state.message}
    </Alert>
  ) : null;
}

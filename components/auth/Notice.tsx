"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { CircleAlert, CircleCheck } from "lucide-react";

/**
 * An outcome panel (success or problem) with a heading. `focusOnMount` moves focus to it when it
 * replaces a form, so keyboard and screen-reader users land on the result.
 */
export function Notice({
  tone,
  title,
  children,
  focusOnMount = false,
}: {
  tone: "success" | "error";
  title?: string;
  children?: ReactNode;
  focusOnMount?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  const Icon = tone === "success" ? CircleCheck : CircleAlert;
  const look =
    tone === "success"
      ? "border-emerald-200 bg-emerald-50 text-emerald-950"
      : "border-red-200 bg-red-50 text-red-950";
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={tone === "success" ? "status" : "alert"}
      className={`space-y-3 rounded-xl border p-4 ${look}`}
    >
      {title ? (
        <h2 className="flex items-center gap-2 text-lg font-semibold">
          <Icon aria-hidden="true" className="size-5 shrink-0" />
          {title}
        </h2>
      ) : null}
      <div className="space-y-3 text-sm">{children}</div>
    </div>
  );
}

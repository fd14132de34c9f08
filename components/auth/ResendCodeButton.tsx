"use client";

import { useEffect, useState } from "react";
import { SubmitButton } from "@/components/ui/SubmitButton";

/**
 * "Resend code", disabled for the wait the server computed. Without JavaScript it stays disabled
 * until the page is loaded again (the wait text says when); with it, it turns on by itself.
 */
export function ResendCodeButton({
  waitSeconds,
  label,
  pendingLabel,
  waitText,
}: {
  waitSeconds: number;
  label: string;
  pendingLabel: string;
  waitText: string;
}) {
  const [waiting, setWaiting] = useState(waitSeconds > 0);
  useEffect(() => {
    if (waitSeconds <= 0) return;
    const timer = setTimeout(() => setWaiting(false), waitSeconds * 1000);
    return () => clearTimeout(timer);
  }, [waitSeconds]);
  return (
    <div className="space-y-2">
      <SubmitButton variant="secondary" pendingText={pendingLabel} disabled={waiting}>
        {label}
      </SubmitButton>
      <p className="text-sm text-slate-600" aria-live="polite">
        {waiting ? waitText : ""}
      </p>
    </div>
  );
}

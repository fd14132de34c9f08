import Link from "next/link";
import { History } from "lucide-react";
import type { Copy } from "@/lib/i18n/read-copy";
import { CallLink } from "@/components/ui/CallLink";

/** Above every checker step: "guidance, not a diagnosis" and the 108 link, one tap away. */
export function CheckerIntro({
  copy,
  signedIn,
}: {
  copy: Copy<"SymptomChecker">;
  signedIn: boolean;
}) {
  return (
    <div className="mb-5 space-y-3">
      <p className="rounded-lg bg-slate-100 p-3 text-sm text-slate-800">{copy.notDiagnosis}</p>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-950">
        <span>{copy.emergencyNote}</span>
        <CallLink number="108">{copy.call108}</CallLink>
      </p>
      {signedIn ? (
        <p>
          <Link
            href="/symptom-checker/history"
            className="inline-flex items-center gap-1 text-sm font-semibold text-brand-800 underline"
          >
            <History aria-hidden="true" className="size-4" />
            {copy.historyLink}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

"use client";

import Link from "next/link";
import { TriangleAlert } from "lucide-react";
import { useErrorCopy } from "@/components/shell/ErrorCopy";
import { buttonClass } from "@/components/ui/button-styles";

/**
 * Segment error boundary. Never shows the error's message or stack (they may hold internals);
 * only the digest, which matches the server log line for support.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const copy = useErrorCopy();
  const digest =
    typeof error === "object" &&
    error !== null &&
    "digest" in error &&
    typeof error.digest === "string"
      ? error.digest
      : undefined;
  return (
    <div
      role="alert"
      className="mx-auto flex max-w-md flex-col items-center px-4 py-16 text-center"
    >
      <span className="grid size-16 place-items-center rounded-full bg-slate-200 text-slate-600">
        <TriangleAlert aria-hidden="true" className="size-8" />
      </span>
      <h1 className="mt-4 text-xl font-semibold">{copy.title}</h1>
      <p className="mt-2 text-slate-600">{copy.text}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={() => retry()} className={buttonClass("primary")}>
          {copy.retry}
        </button>
        <Link href="/" className={buttonClass("secondary")}>
          {copy.home}
        </Link>
      </div>
      {digest ? (
        <p className="mt-6 font-mono text-xs text-slate-500">
          {copy.reference.replace("{digest}", digest)}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import Link from "next/link";
import { TriangleAlert } from "lucide-react";
import { useErrorCopy } from "@/components/shell/ErrorCopy";

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
        <button
          type="button"
          onClick={() => retry()}
          className="min-h-10 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {copy.retry}
        </button>
        <Link
          href="/"
          className="inline-flex min-h-10 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold text-slate-800 hover:bg-slate-50"
        >
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

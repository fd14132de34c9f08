"use client";

import { createContext, useContext, type ReactNode } from "react";

/** The error boundary's strings, translated on the server by the root layout. */
export interface ErrorCopy {
  title: string;
  text: string;
  retry: string;
  home: string;
  /** Contains the literal placeholder `{digest}`. */
  reference: string;
}

const ErrorCopyContext = createContext<ErrorCopy | null>(null);

/**
 * Hands the error boundary its translated strings without shipping next-intl's message runtime
 * (about 12 KB gzip) to every page: client components of public pages stay within budget.
 */
export function ErrorCopyProvider({ copy, children }: { copy: ErrorCopy; children: ReactNode }) {
  return <ErrorCopyContext value={copy}>{children}</ErrorCopyContext>;
}

const fallback: ErrorCopy = {
  title: "Something went wrong",
  text: "Please try again in a moment.",
  retry: "Try again",
  home: "Go to home",
  reference: "Reference: {digest}",
};

export function useErrorCopy(): ErrorCopy {
  return useContext(ErrorCopyContext) ?? fallback;
}

"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { Menu, X } from "lucide-react";

/**
 * The header's menu on phones: a native <details> disclosure, so it opens and closes without
 * JavaScript (a full page load closes it after a link) and the browser exposes its expanded state.
 * Script only adds what a client-side navigation needs: close when a link or form inside is used,
 * when the path changes, and on Escape (returning focus to the button).
 */
export function PhoneMenu({ label, children }: { label: string; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);

  function close(returnFocus: boolean) {
    const el = details.current;
    if (!el?.open) return;
    el.open = false;
    if (returnFocus) el.querySelector("summary")?.focus();
  }

  return (
    <details
      ref={details}
      className="group md:hidden"
      onClick={(event) => {
        if ((event.target as Element).closest("a")) close(false);
      }}
      onSubmit={() => close(false)}
      onKeyDown={(event) => {
        if (event.key === "Escape") close(true);
      }}
    >
      <summary className="inline-flex size-11 list-none items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100 hover:text-slate-900 [&::-webkit-details-marker]:hidden">
        <Menu aria-hidden="true" className="size-6 group-open:hidden" />
        <X aria-hidden="true" className="hidden size-6 group-open:block" />
        <span className="sr-only">{label}</span>
      </summary>
      <div className="absolute inset-x-0 top-full max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-slate-200 bg-white px-4 pt-2 pb-4 shadow-lg">
        {children}
      </div>
    </details>
  );
}

import type { ReactNode } from "react";

/** Narrow reading column for text pages (about, help, legal). */
export function ProsePage({ children }: { children: ReactNode }) {
  return <div className="mx-auto max-w-3xl px-4 py-8 md:py-12">{children}</div>;
}

/** A titled block of text within a ProsePage. */
export function ProseSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
      <div className="mt-2 space-y-3 leading-relaxed text-slate-700">{children}</div>
    </section>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import { ArrowRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { flatCardClass } from "@/components/ui/Card";

/** A home page section: heading (h2) with an optional "view all" link. */
export function Section({
  id,
  title,
  subtitle,
  viewAll,
  children,
  className = "",
}: {
  id: string;
  title: string;
  subtitle?: string;
  viewAll?: { href: string; label: string };
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={`mx-auto max-w-6xl px-4 py-8 ${className}`}>
      <div className="mb-4 flex items-end justify-between gap-4">
        <div>
          <h2 id={id} className="text-xl font-bold tracking-tight text-slate-900 md:text-2xl">
            {title}
          </h2>
          {subtitle ? <p className="mt-0.5 text-sm text-slate-600">{subtitle}</p> : null}
        </div>
        {viewAll ? (
          <Link
            href={viewAll.href}
            className="inline-flex shrink-0 items-center gap-1 text-sm font-semibold text-brand-800 hover:underline"
          >
            {viewAll.label}
            <ArrowRight aria-hidden="true" className="size-4" />
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** Shown in place of a section whose data failed to load; the rest of the page still works. */
export function SectionError() {
  const t = useTranslations("Home");
  return (
    <p className={`${flatCardClass} text-sm text-slate-700`}>
      {t.rich("sectionError", {
        link: (c) => (
          <Link href="/" className="font-semibold text-brand-800 underline">
            {c}
          </Link>
        ),
      })}
    </p>
  );
}

/** Shown in place of a section's list when it loaded but has nothing in it. */
export function SectionEmpty({ children }: { children: ReactNode }) {
  return <p className={`${flatCardClass} text-sm text-slate-600`}>{children}</p>;
}

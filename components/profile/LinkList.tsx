import Link from "next/link";
import type { ReactNode } from "react";
import { ChevronRight } from "lucide-react";

/** A titled card of navigation rows (icon, label, optional hint, chevron). */
export function LinkList({
  title,
  links,
}: {
  title: string;
  links: { href: string; label: string; hint?: string; icon: ReactNode; download?: boolean }[];
}) {
  return (
    <section
      aria-labelledby={`links-${title}`}
      className="rounded-xl border border-slate-200 bg-white"
    >
      <h2
        id={`links-${title}`}
        className="px-4 pt-4 pb-2 text-sm font-semibold tracking-wide text-slate-600 uppercase"
      >
        {title}
      </h2>
      <ul className="divide-y divide-slate-100">
        {links.map((link) => {
          const content = (
            <>
              <span aria-hidden="true" className="text-brand-700 [&>svg]:size-5">
                {link.icon}
              </span>
              <span className="flex-1">
                <span className="block font-medium text-slate-900">{link.label}</span>
                {link.hint ? (
                  <span className="block text-sm text-slate-600">{link.hint}</span>
                ) : null}
              </span>
              <ChevronRight aria-hidden="true" className="size-4 text-slate-400" />
            </>
          );
          const className = "flex min-h-12 items-center gap-3 px-4 py-3 hover:bg-slate-50";
          return (
            <li key={link.href}>
              {link.download ? (
                // A file download from the API, not a page: a plain anchor.
                <a href={link.href} download className={className}>
                  {content}
                </a>
              ) : (
                <Link href={link.href} className={className}>
                  {content}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

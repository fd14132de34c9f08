import Link from "next/link";

export interface TabLink {
  key: string;
  href: string;
  label: string;
}

/**
 * Tabs whose state lives in the URL: a navigation of links, the current one marked
 * aria-current="page". Server-rendered, so they work without JavaScript.
 */
export function Tabs({
  label,
  tabs,
  current,
}: {
  /** What the tab row is, for screen readers ("Appointments"). */
  label: string;
  tabs: readonly TabLink[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="border-b border-slate-200">
      <ul className="flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              id={`tab-${tab.key}`}
              href={tab.href}
              prefetch={false}
              aria-current={tab.key === current ? "page" : undefined}
              className="-mb-px inline-flex min-h-11 items-center border-b-2 border-transparent px-4 text-sm font-semibold text-slate-600 hover:text-slate-900 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800"
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

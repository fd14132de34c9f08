import type { NavLinkItem } from "./NavLinks";
import { NavLinks } from "./NavLinks";

/** Secondary header for the doctor and admin areas: a title and a row of section links. */
export function SubNav({
  title,
  label,
  items,
}: {
  title: string;
  label: string;
  items: NavLinkItem[];
}) {
  return (
    <div className="border-b border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 pt-4">
        <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">{title}</p>
        <nav aria-label={label} className="mt-2">
          <NavLinks
            items={items}
            className="scrollbar-none -mx-1 flex gap-1 overflow-x-auto"
            linkClassName="flex items-center gap-1.5 whitespace-nowrap border-b-2 border-transparent px-2 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 aria-[current=page]:border-brand-700 aria-[current=page]:text-brand-800 [&>svg]:size-4"
          />
        </nav>
      </div>
    </div>
  );
}

"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export interface NavLinkItem {
  href: string;
  label: string;
  /** Rendered on the server (e.g. a lucide icon) and passed through, so icons ship no JS. */
  icon?: ReactNode;
  /** Match only this exact path (for "/"); otherwise the path and everything below it. */
  exact?: boolean;
}

function isActive(pathname: string, item: NavLinkItem): boolean {
  if (item.exact) return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}

/**
 * The only job of this client component: mark the current link with aria-current="page".
 * Style the active state with Tailwind's `aria-[current=page]:` variant in `linkClassName`.
 */
export function NavLinks({
  items,
  className,
  linkClassName,
}: {
  items: NavLinkItem[];
  className?: string;
  linkClassName?: string;
}) {
  const pathname = usePathname() ?? "/";
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={isActive(pathname, item) ? "page" : undefined}
            className={linkClassName}
          >
            {item.icon}
            <span>{item.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

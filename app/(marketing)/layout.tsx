import type { ReactNode } from "react";

/**
 * Public pages (home, about, help, legal). The root layout already gives header and footer;
 * each page sets its own width because the home page runs full-bleed sections.
 */
export default function MarketingLayout({ children }: { children: ReactNode }) {
  return <div className="w-full">{children}</div>;
}

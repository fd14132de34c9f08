import type { ReactNode } from "react";

/**
 * Public pages (home, about, help, legal). The root layout already gives header and footer; each
 * page sets its own width (the home page runs full-bleed sections), so no wrapper element here.
 */
export default function MarketingLayout({ children }: { children: ReactNode }) {
  return children;
}

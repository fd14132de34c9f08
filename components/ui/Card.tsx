import type { HTMLAttributes } from "react";

export const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";
/** The same panel without the shadow, for sections of a page rather than items of a list. */
export const flatCardClass = "rounded-xl border border-slate-200 bg-white p-4";

/** A white bordered panel; `as="section"` or "article" when it has a heading of its own. */
export function Card({
  as: Tag = "div",
  flat = false,
  className = "",
  ...props
}: HTMLAttributes<HTMLElement> & { as?: "div" | "section" | "article" | "li"; flat?: boolean }) {
  return <Tag className={`${flat ? flatCardClass : cardClass} ${className}`.trim()} {...props} />;
}

import type { HTMLAttributes } from "react";

export const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";

/** A white bordered panel; `as="section"` or "article" when it has a heading of its own. */
export function Card({
  as: Tag = "div",
  className = "",
  ...props
}: HTMLAttributes<HTMLElement> & { as?: "div" | "section" | "article" | "li" }) {
  return <Tag className={`${cardClass} ${className}`.trim()} {...props} />;
}

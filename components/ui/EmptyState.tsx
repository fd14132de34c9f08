import type { ReactNode } from "react";

/** The list empty state of the page catalogue: grey circle icon, one-line title, hint, action. */
export function EmptyState({
  icon,
  title,
  hint,
  action,
}: {
  icon: ReactNode;
  title: string;
  hint?: string;
  action?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
      <span className="grid size-16 place-items-center rounded-full bg-slate-100 text-slate-500 [&>svg]:size-8">
        {icon}
      </span>
      <h2 className="mt-4 text-lg font-semibold text-slate-900">{title}</h2>
      {hint ? <p className="mt-1 max-w-sm text-sm text-slate-600">{hint}</p> : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}

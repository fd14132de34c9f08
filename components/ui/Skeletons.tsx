import type { ReactNode } from "react";

/** Grey placeholder blocks; purely visual (the container carries aria-busy and the sr-only text). */
export function SkeletonCard() {
  return (
    <div
      aria-hidden="true"
      className="animate-pulse rounded-xl border border-slate-200 bg-white p-4"
    >
      <div className="flex gap-3">
        <div className="size-14 shrink-0 rounded-full bg-slate-200" />
        <div className="flex-1 space-y-2 pt-1">
          <div className="h-4 w-2/3 rounded bg-slate-200" />
          <div className="h-3 w-1/2 rounded bg-slate-200" />
          <div className="h-3 w-1/3 rounded bg-slate-200" />
        </div>
      </div>
      <div className="mt-4 flex gap-2">
        <div className="h-6 w-16 rounded-full bg-slate-200" />
        <div className="h-6 w-24 rounded-full bg-slate-200" />
      </div>
      <div className="mt-4 h-9 rounded-lg bg-slate-100" />
    </div>
  );
}

/**
 * A region that is still loading: marked busy, with a screen-reader `label` ("Loading…") before
 * its placeholder blocks.
 */
export function BusyRegion({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div aria-busy="true" className={className}>
      <p role="status" className="sr-only">
        {label}
      </p>
      {children}
    </div>
  );
}

/** One pulsing placeholder; `className` gives its size and look. */
export function SkeletonBlock({ className }: { className: string }) {
  return <div aria-hidden="true" className={`animate-pulse ${className}`} />;
}

/** `count` alike placeholders in a row. */
export function SkeletonBlocks({ count, className }: { count: number; className: string }) {
  return Array.from({ length: count }, (_, i) => <SkeletonBlock key={i} className={className} />);
}

/** A busy region with `count` skeleton cards and a screen-reader "Loading…" line. */
export function SkeletonGrid({
  count = 6,
  label,
  className = "",
  gridClassName = "grid-cols-1 sm:grid-cols-2 lg:grid-cols-3",
}: {
  count?: number;
  label: string;
  className?: string;
  gridClassName?: string;
}) {
  return (
    <BusyRegion label={label} className={className}>
      <div className={`grid gap-4 ${gridClassName}`}>
        {Array.from({ length: count }, (_, i) => (
          <SkeletonCard key={i} />
        ))}
      </div>
    </BusyRegion>
  );
}

import type { ReactNode } from "react";

/** The standard page width and padding for app pages (group layouts stay wrapper-free). */
export function PageContainer({
  children,
  className = "",
}: {
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`mx-auto w-full max-w-6xl px-4 py-6 md:py-8 ${className}`}>{children}</div>
  );
}

import type { ReactNode } from "react";

/**
 * The patient app. Public pages live here too (doctor search, articles, forum): signing in is
 * required per page, and authorization happens in the lib/<domain> functions each page calls,
 * never in this layout (layouts do not re-render on every navigation, so they cannot guard).
 */
export default function PatientLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto w-full max-w-6xl px-4 py-6 md:py-8">{children}</div>;
}

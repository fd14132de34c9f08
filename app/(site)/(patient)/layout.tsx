import type { ReactNode } from "react";

/**
 * The patient app. Public pages live here too (doctor search, articles, forum): signing in is
 * required per page, and authorization happens in the lib/<domain> functions each page calls,
 * never in this layout (layouts do not re-render on every navigation, so they cannot guard).
 *
 * No wrapper element on purpose: most pages wrap themselves in <PageContainer>; pages with a
 * full-width header band (forum, articles) can run edge to edge.
 */
export default function PatientLayout({ children }: { children: ReactNode }) {
  return children;
}

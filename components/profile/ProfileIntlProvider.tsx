import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

type Namespace = "profile" | "healthProfile" | "abha" | "onboarding" | "settings";

/**
 * Gives the client components below only the message namespaces they use (the root layout has no
 * NextIntlClientProvider, so the message runtime ships only with pages that need it).
 */
export async function ProfileIntlProvider({
  namespaces,
  children,
}: {
  namespaces: Namespace[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

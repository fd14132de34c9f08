import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type en from "@/messages/en.json";

export type MessageNamespace = keyof typeof en;

/**
 * How client components get their texts: the server page wraps them in <IntlScope> with the
 * namespaces they read, and they call useTranslations(namespace). Only those namespaces ship
 * to the browser (the root layout has no NextIntlClientProvider, so pages without client text
 * ship no messages at all). Components of this kit take finished strings as props instead.
 */
export async function IntlScope({
  namespaces,
  children,
}: {
  namespaces: readonly MessageNamespace[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

import { cookies } from "next/headers";
import { LogOut } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { logger } from "@/lib/log/logger";

const sessionCookie = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/**
 * The header's "Sign out" button (a form posting to a server action: works without JavaScript),
 * only for a signed-in visitor. Like the shell's AccountLink it resolves the session only when a
 * session cookie is present; getActor is cached per request, so the two share one lookup.
 */
export async function HeaderSignOut({
  action,
  labelled = false,
}: {
  action: () => Promise<void>;
  /** Always show the word (the phone menu has room); otherwise an icon below sm. */
  labelled?: boolean;
}) {
  const hasSession = (await cookies()).getAll().some((c) => sessionCookie.test(c.name));
  if (!hasSession) return null;
  const actor = await getActor().catch((error: unknown) => {
    logger.warn({ err: error }, "header: session could not be resolved");
    return null;
  });
  if (!actor) return null;
  const t = await getTranslations("Auth.header");
  return (
    <form action={action}>
      <button
        type="submit"
        className="inline-flex min-h-9 items-center gap-1.5 rounded-lg border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
      >
        <LogOut aria-hidden="true" className="size-4" />
        <span className={labelled ? undefined : "sr-only sm:not-sr-only"}>{t("signOut")}</span>
      </button>
    </form>
  );
}

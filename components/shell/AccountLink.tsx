import Link from "next/link";
import { cookies } from "next/headers";
import { CircleUserRound, LogIn } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { homeFor } from "@/lib/auth/callback-url";
import { getActor } from "@/lib/auth/session";
import { logger } from "@/lib/log/logger";

const sessionCookie = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;
const button = "inline-flex min-h-9 items-center gap-1.5 rounded-lg px-3 text-sm font-semibold";

/**
 * "Sign in", or "My account" for a signed-in visitor. The session is resolved only when a session
 * cookie is present, so anonymous page views (the hot path) pay nothing for it.
 */
export async function AccountLink() {
  const [cookieStore, t] = await Promise.all([cookies(), getTranslations("Shell")]);
  const hasSession = cookieStore.getAll().some((c) => sessionCookie.test(c.name));
  const actor = hasSession
    ? await getActor().catch((error: unknown) => {
        logger.warn({ err: error }, "header: session could not be resolved");
        return null;
      })
    : null;

  if (actor) {
    return (
      <Link
        href={homeFor(actor.role)}
        className={`${button} border border-brand-200 bg-white text-brand-800 hover:bg-brand-50`}
      >
        <CircleUserRound aria-hidden="true" className="size-4" />
        {/* Below 400 px the icon alone keeps the header on one row; the name stays for readers. */}
        <span className="max-[400px]:sr-only">{t("account")}</span>
      </Link>
    );
  }
  return <SignInLink />;
}

/** The header's "Sign in" button (also the cached signed-out pages', which read no session). */
export async function SignInLink() {
  const t = await getTranslations("Shell");
  return (
    <Link href="/login" className={`${button} bg-brand-700 text-white hover:bg-brand-800`}>
      <LogIn aria-hidden="true" className="hidden size-4 sm:block" />
      {t("signIn")}
    </Link>
  );
}

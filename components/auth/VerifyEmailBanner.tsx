import { MailWarning } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { getMe } from "@/lib/auth/service";
import { getActor } from "@/lib/auth/session";
import { ResendVerificationForm } from "./ResendVerificationForm";

/**
 * "Please verify your email" with a resend button, for a signed-in user whose address is not yet
 * verified; renders nothing otherwise. Any signed-in page may include it.
 */
export async function VerifyEmailBanner() {
  const actor = await getActor();
  if (!actor) return null;
  const [me, t] = await Promise.all([getMe(actor), getTranslations("Auth")]);
  if (me.emailVerified) return null;
  return (
    <section
      aria-labelledby="verify-email-banner"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950"
    >
      <div className="flex flex-wrap items-start gap-3">
        <MailWarning aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
        <div className="min-w-0 flex-1">
          <h2 id="verify-email-banner" className="font-semibold">
            {t("banner.title")}
          </h2>
          <p className="mt-1 text-sm break-words">{t("banner.text", { email: me.email })}</p>
        </div>
        <ResendVerificationForm label={t("resend.submit")} pendingLabel={t("resend.pending")} />
      </div>
    </section>
  );
}

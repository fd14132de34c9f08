import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { resendVerificationAction, verifyEmailAction } from "@/app/actions/auth";
import { AuthCard, authLinkClass } from "@/components/auth/AuthCard";
import { AuthForm } from "@/components/auth/AuthForm";
import { homeFor } from "@/lib/auth/callback-url";
import { Alert } from "@/components/ui/Alert";
import { ResendVerificationForm } from "@/components/auth/ResendVerificationForm";
import { getActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "../search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.meta");
  return { title: t("verify"), robots: { index: false } };
}

/**
 * A5 Verify email. Opening the link changes nothing (mail scanners prefetch links); the button
 * posts the token. A dead or missing link offers a new one to a signed-in user.
 */
export default async function VerifyEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).token)?.trim();
  const [t, actor] = await Promise.all([getTranslations("Auth"), getActor()]);
  const returnTo = `/verify-email${token ? `?token=${encodeURIComponent(token)}` : ""}`;
  const resend = actor ? (
    <>
      <p>{t("verify.resendHint")}</p>
      <ResendVerificationForm
        action={resendVerificationAction}
        label={t("resend.submit")}
        pendingLabel={t("resend.pending")}
      />
    </>
  ) : (
    <p>
      {t("verify.signInToResend")}{" "}
      <Link href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`} className={authLinkClass}>
        {t("verify.signIn")}
      </Link>
    </p>
  );

  if (!token) {
    return (
      <AuthCard title={t("verify.title")}>
        <div className="space-y-4 text-slate-700">
          <p>{t("verify.missing")}</p>
          {resend}
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("verify.title")} subtitle={t("verify.subtitle")}>
      <AuthForm
        action={verifyEmailAction}
        hidden={{ token }}
        fields={[]}
        submitLabel={t("verify.submit")}
        pendingLabel={t("verify.pending")}
        successTitle={t("verify.successTitle")}
        successExtra={
          <p>
            <Link href={actor ? homeFor(actor.role) : "/login"} className={authLinkClass}>
              {t("verify.continue")}
            </Link>
          </p>
        }
        invalidLink={
          <Alert tone="error" title={t("verify.invalidTitle")} focusOnMount>
            <p>{t("verify.invalid")}</p>
            {resend}
          </Alert>
        }
      />
    </AuthCard>
  );
}

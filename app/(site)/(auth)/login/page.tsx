import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Smartphone } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { oauthSignInAction, signInAction } from "@/app/actions/auth";
import { AuthCard, authLinkClass } from "@/components/auth/AuthCard";
import { AuthForm } from "@/components/auth/AuthForm";
import { emailField } from "@/components/auth/auth-fields";
import { defaultAfterSignIn, homeFor, safeCallbackUrl } from "@/lib/auth/callback-url";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { OAuthButtons } from "@/components/auth/OAuthButtons";
import { getActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "../search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.meta");
  return { title: t("login") };
}

const oauthErrors = [
  "email_unverified",
  "email_missing",
  "account_deleted",
  "account_suspended",
  "AccessDenied",
] as const;

/** A1 Sign in: email + password, OAuth when configured; `?error=` from Auth.js and OAuth in words. */
export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  // Only an asked-for destination is posted; without one, each role lands in its own place.
  const callbackUrl = safeCallbackUrl(firstParam(params.callbackUrl));
  const actor = await getActor();
  if (actor) redirect(callbackUrl ?? homeFor(actor.role));
  const t = await getTranslations("Auth");
  const error = errorMessage(t, firstParam(params.error), firstParam(params.code));

  return (
    <AuthCard
      title={t("login.title")}
      subtitle={t("login.subtitle")}
      footer={
        <p>
          {t("login.noAccount")}{" "}
          <Link href="/signup" className={authLinkClass}>
            {t("login.signUp")}
          </Link>
        </p>
      }
    >
      {error ? (
        <div className="mb-5">
          <Alert tone="error">
            <p className="font-medium">{error}</p>
          </Alert>
        </div>
      ) : null}
      <AuthForm
        action={signInAction}
        hidden={{ callbackUrl: callbackUrl ?? "" }}
        submitLabel={t("login.submit")}
        pendingLabel={t("login.pending")}
        fields={[
          emailField(t("fields.email")),
          {
            name: "password",
            label: t("fields.password"),
            type: "password",
            autoComplete: "current-password",
            required: true,
            maxLength: 128,
            aside: (
              <Link href="/forgot-password" className={`text-sm ${authLinkClass}`}>
                {t("login.forgot")}
              </Link>
            ),
          },
        ]}
      />
      <Link
        href={
          callbackUrl
            ? `/login/phone?callbackUrl=${encodeURIComponent(callbackUrl)}`
            : "/login/phone"
        }
        className={buttonClass("secondary", "mt-4 w-full")}
      >
        <Smartphone aria-hidden="true" className="size-4" />
        {t("login.withPhone")}
      </Link>
      <OAuthButtons callbackUrl={callbackUrl ?? defaultAfterSignIn} action={oauthSignInAction} />
    </AuthCard>
  );
}

type AuthT = Awaited<ReturnType<typeof getTranslations<"Auth">>>;

function errorMessage(
  t: AuthT,
  error: string | undefined,
  code: string | undefined,
): string | undefined {
  if (!error) return undefined;
  if (error === "CredentialsSignin")
    return code === "rate_limited"
      ? t("errors.rateLimited")
      : code === "suspended"
        ? t("errors.suspended")
        : t("errors.signInFailed");
  const known = oauthErrors.find((e) => e === error);
  return known ? t(`errors.oauth.${known}`) : t("errors.oauth.default");
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { forgotPasswordAction } from "@/app/actions/auth";
import { AuthCard, authLinkClass } from "@/components/auth/AuthCard";
import { AuthForm } from "@/components/auth/AuthForm";
import { emailField } from "@/components/auth/auth-fields";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.meta");
  return { title: t("forgot"), robots: { index: false } };
}

/** A3 Forgot password: one email field; the same neutral answer whether or not the account exists. */
export default async function ForgotPasswordPage() {
  const t = await getTranslations("Auth");
  const backToSignIn = (
    <Link href="/login" className={authLinkClass}>
      {t("forgot.backToSignIn")}
    </Link>
  );
  return (
    <AuthCard
      title={t("forgot.title")}
      subtitle={t("forgot.subtitle")}
      footer={<p>{backToSignIn}</p>}
    >
      <AuthForm
        action={forgotPasswordAction}
        submitLabel={t("forgot.submit")}
        pendingLabel={t("forgot.pending")}
        successTitle={t("forgot.sentTitle")}
        fields={[emailField(t("fields.email"))]}
      />
    </AuthCard>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { resetPasswordAction } from "@/app/actions/auth";
import { AuthCard, authLinkClass } from "@/components/auth/AuthCard";
import { AuthForm } from "@/components/auth/AuthForm";
import { newPasswordFields } from "@/components/auth/auth-fields";
import { Alert } from "@/components/ui/Alert";
import { firstParam, type SearchParams } from "../search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.meta");
  return { title: t("reset"), robots: { index: false } };
}

/** A4 Reset password: the mailed token (checked on submit) + a new password typed twice. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).token)?.trim();
  const t = await getTranslations("Auth");
  const invalid = (
    <Alert tone="error" title={t("reset.invalidTitle")} focusOnMount={Boolean(token)}>
      <p>{t("reset.invalid")}</p>
      <p>
        <Link href="/forgot-password" className={authLinkClass}>
          {t("reset.requestNew")}
        </Link>
      </p>
    </Alert>
  );
  return (
    <AuthCard title={t("reset.title")} subtitle={token ? t("reset.subtitle") : undefined}>
      {token ? (
        <AuthForm
          action={resetPasswordAction}
          hidden={{ token }}
          submitLabel={t("reset.submit")}
          pendingLabel={t("reset.pending")}
          successTitle={t("reset.successTitle")}
          successExtra={
            <p>
              <Link href="/login" className={authLinkClass}>
                {t("reset.signIn")}
              </Link>
            </p>
          }
          invalidLink={invalid}
          fields={newPasswordFields({
            password: t("fields.newPassword"),
            confirm: t("fields.confirmPassword"),
            hint: t("hints.password"),
          })}
        />
      ) : (
        invalid
      )}
    </AuthCard>
  );
}

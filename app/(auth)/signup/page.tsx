import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signUpAction } from "@/app/actions/auth";
import { AuthCard, authLinkClass } from "@/components/auth/AuthCard";
import { AuthForm } from "@/components/auth/AuthForm";
import { defaultAfterSignIn } from "@/components/auth/callback-url";
import { getActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.meta");
  return { title: t("signup") };
}

/** A2 Sign up: name, email, password twice, optional mobile; then signed in and on to onboarding. */
export default async function SignupPage() {
  if (await getActor()) redirect(defaultAfterSignIn);
  const t = await getTranslations("Auth");
  return (
    <AuthCard
      title={t("signup.title")}
      subtitle={t("signup.subtitle")}
      footer={
        <p>
          {t("signup.haveAccount")}{" "}
          <Link href="/login" className={authLinkClass}>
            {t("signup.signIn")}
          </Link>
        </p>
      }
    >
      <AuthForm
        action={signUpAction}
        submitLabel={t("signup.submit")}
        pendingLabel={t("signup.pending")}
        fields={[
          {
            name: "fullName",
            label: t("fields.fullName"),
            type: "text",
            autoComplete: "name",
            required: true,
            maxLength: 100,
          },
          {
            name: "email",
            label: t("fields.email"),
            type: "email",
            autoComplete: "email",
            inputMode: "email",
            required: true,
            maxLength: 254,
          },
          {
            name: "password",
            label: t("fields.password"),
            type: "password",
            autoComplete: "new-password",
            required: true,
            maxLength: 128,
            hint: t("hints.password"),
          },
          {
            name: "confirmPassword",
            label: t("fields.confirmPassword"),
            type: "password",
            autoComplete: "new-password",
            required: true,
            maxLength: 128,
          },
          {
            name: "phone",
            label: t("fields.phone"),
            type: "tel",
            autoComplete: "tel-national",
            inputMode: "tel",
            maxLength: 20,
            hint: t("hints.phone"),
          },
        ]}
      />
    </AuthCard>
  );
}

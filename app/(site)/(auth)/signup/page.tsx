import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signUpAction } from "@/app/actions/auth";
import { AuthCard, authLinkClass } from "@/components/auth/AuthCard";
import { AuthForm } from "@/components/auth/AuthForm";
import { emailField, newPasswordFields } from "@/components/auth/auth-fields";
import { homeFor } from "@/lib/auth/callback-url";
import { getActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth.meta");
  return { title: t("signup") };
}

/** A2 Sign up: name, email, password twice, optional mobile; then signed in and on to onboarding. */
export default async function SignupPage() {
  const actor = await getActor();
  if (actor) redirect(homeFor(actor.role));
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
          emailField(t("fields.email")),
          ...newPasswordFields({
            password: t("fields.password"),
            confirm: t("fields.confirmPassword"),
            hint: t("hints.password"),
          }),
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

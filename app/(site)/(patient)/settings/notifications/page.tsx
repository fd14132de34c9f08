import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PreferencesForm } from "@/components/notifications/PreferencesForm";
import { PushOptInSection } from "@/components/notifications/PushOptInSection";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { getNotificationPreferences, getSmsReach } from "@/lib/notifications/queries";
import { saveNotificationPreferencesAction } from "./actions";

type Props = { searchParams: Promise<{ saved?: string; error?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.notifications"))("metaTitle") };
}

/** Notification settings (#27): what reaches me, and how; a plain form. */
export default async function NotificationSettingsPage({ searchParams }: Props) {
  const actor = await requireActor("/settings/notifications");
  const [t, preferences, sms, params] = await Promise.all([
    getTranslations("settings.notifications"),
    getNotificationPreferences(actor),
    getSmsReach(actor),
    searchParams,
  ]);
  const error =
    params.error === "rateLimited" || params.error === "failed"
      ? t(`errors.${params.error}`)
      : null;
  return (
    <PageContainer>
      <div className="mx-auto max-w-2xl space-y-4">
        <BackLink href="/profile" label={t("back")} />
        <PageHeader title={t("title")} subtitle={t("subtitle")} />
        {params.saved === "1" ? <Alert tone="success">{t("saved")}</Alert> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="space-y-2 rounded-xl bg-slate-50 p-4 text-sm text-slate-700">
          <p>
            {t.rich("inboxNote", {
              link: (chunks) => (
                <Link
                  href="/notifications"
                  className="font-semibold text-brand-800 underline underline-offset-2"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <p>{t("essentialNote")}</p>
        </div>
        <PreferencesForm
          preferences={preferences}
          sms={sms}
          action={saveNotificationPreferencesAction}
        />
        <PushOptInSection />
      </div>
    </PageContainer>
  );
}

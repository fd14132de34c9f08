import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/BackLink";
import { MedicalHistoryForm } from "@/components/profile/MedicalHistoryForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import { getHealthProfile } from "@/lib/health-profile/queries";
import { saveMedicalHistoryAction } from "./actions";
import { PageContainer } from "@/components/ui/PageContainer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("healthProfile");
  return { title: t("metaTitle") };
}

/** Medical history (#12). */
export default async function MedicalHistoryPage() {
  const actor = await requireActor("/profile/medical-history");
  const [t, copy, profile] = await Promise.all([
    getTranslations("healthProfile"),
    copyOf("healthProfile"),
    getHealthProfile(actor, "me"),
  ]);
  return (
    <PageContainer>
      <div className="mx-auto max-w-3xl">
        <BackLink href="/profile" label={t("back")} />
        <PageHeader title={t("title")} subtitle={t("subtitle")} />
        <MedicalHistoryForm profile={profile} action={saveMedicalHistoryAction} copy={copy} />
      </div>
    </PageContainer>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CallButtons } from "@/components/emergency/CallButtons";
import { EmergencyForm } from "@/components/emergency/EmergencyForm";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { getActor } from "@/lib/auth/session";
import { cityCentres } from "@/lib/geo/cities";
import { copyOf } from "@/lib/i18n/copy";
import { getUser } from "@/lib/users/queries";
import { createEmergencyRequestAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Emergency");
  return { title: t("metaTitle") };
}

/** N1 (public): call 108 first; then one form that alerts the nearest hospitals. */
export default async function EmergencyPage() {
  const [actor, copy, t] = await Promise.all([
    getActor(),
    copyOf("Emergency"),
    getTranslations("Emergency"),
  ]);
  const me = actor ? await getUser(actor, "me").catch(() => null) : null;
  return (
    <PageContainer className="max-w-3xl space-y-6">
      <CallButtons copy={copy} />
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div
        role="note"
        className="rounded-xl border-2 border-amber-500 bg-amber-50 p-4 text-amber-950"
      >
        <p className="font-semibold">{t("warningTitle")}</p>
        <p className="mt-1 text-sm">{t("warning")}</p>
      </div>
      <EmergencyForm
        action={createEmergencyRequestAction}
        copy={copy}
        cities={cityCentres.map((c) => c.name)}
        defaults={{ patientName: me?.fullName ?? "", contactPhone: me?.phone ?? "" }}
      />
    </PageContainer>
  );
}

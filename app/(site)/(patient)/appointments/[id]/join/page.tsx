import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { VideoOff } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { getMeetingLink } from "@/lib/appointments/meeting";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Appointments.join");
  return { title: t("metaTitle") };
}

/**
 * "Join video call": sends a participant of an online appointment to its video room while the
 * room is open (the same rule as GET /api/v1/appointments/:id/meeting-link); otherwise says why.
 */
export default async function JoinPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const actor = await requireActor(`/appointments/${id}/join`);
  let url: string;
  try {
    url = (await getMeetingLink(actor, id)).url;
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "validation_failed"))
      notFound();
    if (!isAppError(error) || error.code !== "conflict") throw error;
    const t = await getTranslations("Appointments.join");
    return (
      <PageContainer className="max-w-2xl">
        <EmptyState
          icon={<VideoOff aria-hidden="true" />}
          title={t("closedTitle")}
          hint={t("closedHint")}
          action={
            <Link href={`/appointments/${id}`} className={buttonClass("primary")}>
              {t("back")}
            </Link>
          }
        />
      </PageContainer>
    );
  }
  redirect(url);
}

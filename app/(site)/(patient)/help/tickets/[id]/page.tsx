import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Conversation } from "@/components/support/Conversation";
import { SupportReplyForm } from "@/components/support/SupportReplyForm";
import { TicketStatus } from "@/components/support/TicketStatus";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getMySupportTicket } from "@/lib/support/queries";
import { replyToSupportTicketAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SupportTickets"))("metaTitle") };
}

/** One of my tickets (#30): the conversation and a reply box; anyone else's is a 404. */
export default async function SupportTicketPage({ params, searchParams }: Props) {
  const [{ id }, { notice }] = await Promise.all([params, searchParams]);
  const actor = await requireActor(`/help/tickets/${encodeURIComponent(id)}`);
  const ticket = await getMySupportTicket(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [t, format] = await Promise.all([getTranslations("SupportTickets"), getFormatter()]);
  return (
    <PageContainer>
      <div className="mx-auto max-w-3xl space-y-6">
        <BackLink href="/help/tickets" label={t("back")} />
        <PageHeader title={ticket.subject} subtitle={ticket.number} />
        <TicketStatus status={ticket.status} label={t(`status.${ticket.status}`)} />
        {notice === "sent" ? <Alert tone="success">{t("reply.done")}</Alert> : null}
        <Conversation
          messages={ticket.messages}
          label={t("conversation")}
          names={{ staff: t("support"), requester: t("you") }}
          formatTime={(iso) =>
            format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })
          }
        />
        {ticket.status === "closed" ? <p className="text-slate-700">{t("closedNote")}</p> : null}
        <SupportReplyForm
          action={replyToSupportTicketAction.bind(null, ticket.id)}
          copy={{ label: t("reply.label"), send: t("reply.send"), sending: t("reply.sending") }}
        />
      </div>
    </PageContainer>
  );
}

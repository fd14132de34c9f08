import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { IdActionForm } from "@/components/admin/IdActionForm";
import { Conversation } from "@/components/support/Conversation";
import { SupportReplyForm } from "@/components/support/SupportReplyForm";
import { TicketStatus } from "@/components/support/TicketStatus";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { PageHeader } from "@/components/ui/PageHeader";
import { isAppError } from "@/lib/errors";
import { getSupportTicketForAdmin } from "@/lib/support/queries";
import { asAdmin } from "../../as-admin";
import { answerSupportTicketAction, closeSupportTicketAction } from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string | string[] }>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminSupport"))("metaTitle") };
}

/** One ticket for support: who wrote, the conversation, an answer box and Close. */
export default async function AdminSupportTicketPage({ params, searchParams }: Props) {
  const [{ id }, { notice }] = await Promise.all([params, searchParams]);
  const ticket = await asAdmin(`/admin/support/${encodeURIComponent(id)}`, (actor) =>
    getSupportTicketForAdmin(actor, id),
  ).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  if (!ticket) return <AdminOnly />;
  const [t, ts, format] = await Promise.all([
    getTranslations("AdminSupport"),
    getTranslations("SupportTickets"),
    getFormatter(),
  ]);
  const requester = ticket.requester.name ?? t("guest");
  return (
    <div className="max-w-3xl space-y-6">
      <BackLink href="/admin/support" label={t("back")} />
      <PageHeader title={ticket.subject} subtitle={ticket.number} />
      {notice === "answered" ? <Alert tone="success">{t("answer.done")}</Alert> : null}
      {notice === "closed" ? <Alert tone="success">{t("closed")}</Alert> : null}
      <dl className="grid gap-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-600">{t("from")}</dt>
        <dd className="break-words text-slate-900">
          {requester}
          {ticket.requester.email ? ` · ${ticket.requester.email}` : ""}
        </dd>
        <dt className="font-medium text-slate-600">{t("language")}</dt>
        <dd className="text-slate-900">{t(`languages.${ticket.locale}`)}</dd>
      </dl>
      <TicketStatus status={ticket.status} label={ts(`status.${ticket.status}`)} />
      <Conversation
        messages={ticket.messages}
        label={ts("conversation")}
        names={{ staff: t("staff"), requester }}
        formatTime={(iso) =>
          format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" })
        }
      />
      <SupportReplyForm
        action={answerSupportTicketAction.bind(null, ticket.id)}
        copy={{ label: t("answer.label"), send: t("answer.send"), sending: t("answer.sending") }}
      />
      {ticket.status === "closed" ? null : (
        <IdActionForm
          action={closeSupportTicketAction}
          id={ticket.id}
          label={t("close")}
          accessibleLabel={`${t("close")} ${ticket.number}`}
          pendingText={t("closing")}
          variant="secondary"
        />
      )}
    </div>
  );
}

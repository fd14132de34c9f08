import type { Metadata } from "next";
import Link from "next/link";
import { ChevronRight, MessagesSquare } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { TicketStatus } from "@/components/support/TicketStatus";
import { buttonClass } from "@/components/ui/button-styles";
import { flatCardClass } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { listMySupportTickets } from "@/lib/support/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SupportTickets"))("metaTitle") };
}

/** My messages to support (#30), the most recently active first, each with its status. */
export default async function SupportTicketsPage() {
  const actor = await requireActor("/help/tickets");
  const [tickets, t, format] = await Promise.all([
    listMySupportTickets(actor),
    getTranslations("SupportTickets"),
    getFormatter(),
  ]);
  const newMessage = (
    <Link href="/help#message" className={buttonClass("primary")}>
      {t("newMessage")}
    </Link>
  );
  return (
    <PageContainer>
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeader title={t("title")} subtitle={t("subtitle")} />
        {tickets.length === 0 ? (
          <EmptyState
            icon={<MessagesSquare aria-hidden="true" />}
            title={t("empty.title")}
            hint={t("empty.hint")}
            action={newMessage}
          />
        ) : (
          <>
            <ul className="space-y-3">
              {tickets.map((ticket) => (
                <li key={ticket.id} className={flatCardClass}>
                  <Link
                    href={`/help/tickets/${ticket.id}`}
                    className="flex items-center justify-between gap-3"
                  >
                    <span className="min-w-0">
                      <span className="block font-semibold break-words text-slate-900">
                        {ticket.subject}
                      </span>
                      <span className="block text-sm text-slate-600">
                        {ticket.number} ·{" "}
                        {t("updated", {
                          date: format.dateTime(new Date(ticket.updatedAt), {
                            dateStyle: "medium",
                            timeStyle: "short",
                          }),
                        })}
                      </span>
                    </span>
                    <span className="flex shrink-0 items-center gap-2">
                      <TicketStatus status={ticket.status} label={t(`status.${ticket.status}`)} />
                      <ChevronRight aria-hidden="true" className="size-4 text-slate-500" />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
            {newMessage}
          </>
        )}
      </div>
    </PageContainer>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { Inbox } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { EmptyState } from "@/components/ui/EmptyState";
import { flatCardClass } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { Tabs } from "@/components/ui/Tabs";
import { pageHref } from "@/lib/http/page-href";
import { listSupportTicketsForAdmin } from "@/lib/support/queries";
import { adminSupportTicketsQuerySchema, supportTicketStatuses } from "@/lib/support/schemas";
import { asAdmin } from "../as-admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminSupport"))("metaTitle") };
}

type Status = (typeof supportTicketStatuses)[number];
const hrefOf = (status: Status, page = 1) =>
  pageHref("/admin/support", { status: status === "open" ? undefined : status, page });

/** Support desk: open / answered / closed tickets as URL tabs, the longest waiting first. */
export default async function AdminSupportPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string | string[]; page?: string | string[] }>;
}) {
  const raw = await searchParams;
  const parsed = adminSupportTicketsQuerySchema.safeParse({
    status: typeof raw.status === "string" ? raw.status : undefined,
    page: typeof raw.page === "string" ? raw.page : undefined,
  });
  const query = parsed.success ? parsed.data : adminSupportTicketsQuerySchema.parse({});
  const list = await asAdmin(hrefOf(query.status, query.page), (actor) =>
    listSupportTicketsForAdmin(actor, query),
  );
  if (!list) return <AdminOnly />;
  const [t, format] = await Promise.all([getTranslations("AdminSupport"), getFormatter()]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Tabs
        label={t("tabsLabel")}
        current={query.status}
        tabs={supportTicketStatuses.map((key) => ({
          key,
          href: hrefOf(key),
          label: t(`tabs.${key}`),
        }))}
      />
      <section aria-labelledby={`tab-${query.status}`} className="mt-4 space-y-4">
        {list.data.length === 0 ? (
          <EmptyState icon={<Inbox aria-hidden="true" />} title={t(`empty.${query.status}`)} />
        ) : (
          <ul className="space-y-3">
            {list.data.map((ticket) => (
              <li key={ticket.id} className={flatCardClass}>
                <Link
                  href={`/admin/support/${ticket.id}`}
                  aria-label={t("open", { number: ticket.number })}
                  className="block font-semibold break-words text-brand-800 hover:underline"
                >
                  {ticket.subject}
                </Link>
                <p className="text-sm text-slate-600">
                  {ticket.number} · {ticket.requester.name ?? t("guest")}
                  {ticket.requester.email ? ` · ${ticket.requester.email}` : ""} ·{" "}
                  {format.dateTime(new Date(ticket.updatedAt), {
                    dateStyle: "medium",
                    timeStyle: "short",
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={list.meta.page}
          pageSize={list.meta.pageSize}
          total={list.meta.total}
          hrefFor={(page) => hrefOf(query.status, page)}
        />
      </section>
    </>
  );
}

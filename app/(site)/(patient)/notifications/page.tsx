import type { Metadata } from "next";
import Link from "next/link";
import { BellOff, Settings } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { NotificationItem } from "@/components/notifications/NotificationItem";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { Tabs } from "@/components/ui/Tabs";
import { requireActor } from "@/lib/auth/session";
import { inboxUrl, inboxViewOf } from "@/lib/notifications/inbox-url";
import { countUnreadNotifications, listNotificationsPage } from "@/lib/notifications/queries";
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
  openNotificationAction,
} from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const pageSize = 20;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Inbox"))("metaTitle") };
}

/** Inbox (N6): my notices newest first, all or unread, open / mark read / mark all read; no JS needed. */
export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await requireActor("/notifications");
  const query = await searchParams;
  const view = inboxViewOf(query);
  const [t, list, unreadCount] = await Promise.all([
    getTranslations("Inbox"),
    listNotificationsPage(actor, { unread: view.filter === "unread", page: view.page, pageSize }),
    countUnreadNotifications(actor),
  ]);
  const now = new Date();
  const count = Number(query.count);
  const notice =
    query.notice === "read"
      ? t("notices.read")
      : query.notice === "allRead" && Number.isInteger(count) && count >= 0
        ? t("notices.allRead", { count })
        : null;
  const error =
    query.error === "rateLimited" || query.error === "failed" ? t(`errors.${query.error}`) : null;

  return (
    <PageContainer>
      <div className="mx-auto max-w-3xl">
        <PageHeader title={t("title")} subtitle={t("subtitle")}>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <p className="text-sm font-medium text-slate-700">
              {t("unreadCount", { count: unreadCount })}
            </p>
            {unreadCount > 0 ? (
              <form action={markAllNotificationsReadAction}>
                <input type="hidden" name="filter" value={view.filter} />
                <SubmitButton variant="secondary" pendingText={t("saving")}>
                  {t("markAllRead")}
                </SubmitButton>
              </form>
            ) : null}
            <Link href="/settings/notifications" className={buttonClass("ghost", "ml-auto")}>
              <Settings aria-hidden="true" className="size-4" />
              {t("settingsLink")}
            </Link>
          </div>
        </PageHeader>
        <div className="mb-4 space-y-2 empty:hidden">
          {notice ? <Alert tone="success">{notice}</Alert> : null}
          {error ? <Alert tone="error">{error}</Alert> : null}
        </div>
        <Tabs
          label={t("tabsLabel")}
          current={view.filter}
          tabs={[
            { key: "all", href: inboxUrl("all"), label: t("tabs.all") },
            { key: "unread", href: inboxUrl("unread"), label: t("tabs.unread") },
          ]}
        />
        <div className="mt-4">
          {list.data.length === 0 ? (
            view.filter === "unread" ? (
              <EmptyState
                icon={<BellOff />}
                title={t("empty.unreadTitle")}
                hint={t("empty.unreadHint")}
                action={
                  <Link href={inboxUrl("all")} className={buttonClass("secondary")}>
                    {t("empty.showAll")}
                  </Link>
                }
              />
            ) : (
              <EmptyState
                icon={<BellOff />}
                title={t("empty.allTitle")}
                hint={t("empty.allHint")}
              />
            )
          ) : (
            <ul aria-label={t("title")} className="space-y-3">
              {list.data.map((n) => (
                <NotificationItem
                  key={n.id}
                  notification={n}
                  now={now}
                  view={view}
                  openAction={openNotificationAction}
                  markReadAction={markNotificationReadAction}
                />
              ))}
            </ul>
          )}
          <Pagination
            page={view.page}
            pageSize={pageSize}
            total={list.meta.total}
            hrefFor={(page) => inboxUrl(view.filter, page)}
          />
        </div>
      </div>
    </PageContainer>
  );
}

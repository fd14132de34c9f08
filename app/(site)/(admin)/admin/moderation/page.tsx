import type { Metadata } from "next";
import { ShieldCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AdminOnly } from "@/components/admin/AdminOnly";
import { ReportedTargetCard } from "@/components/moderation/ReportedTargetCard";
import { Alert } from "@/components/ui/Alert";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { Tabs } from "@/components/ui/Tabs";
import { pageHref } from "@/lib/http/page-href";
import { listReportQueue } from "@/lib/moderation/queries";
import { reportStatusValues, type ReportStatus } from "@/lib/moderation/schemas";
import { asAdmin } from "../as-admin";
import * as act from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminModeration");
  return { title: t("metaTitle") };
}

const hrefOf = (status: ReportStatus, page = 1) =>
  pageHref("/admin/moderation", { status: status === "pending" ? undefined : status, page });

const doneKeys = [
  "hidden",
  "unhidden",
  "deleted",
  "locked",
  "unlocked",
  "pinned",
  "unpinned",
  "dismissed",
] as const;

const actions = {
  hidePost: act.hidePostAction,
  unhidePost: act.unhidePostAction,
  lockPost: act.lockPostAction,
  unlockPost: act.unlockPostAction,
  pinPost: act.pinPostAction,
  unpinPost: act.unpinPostAction,
  deletePost: act.deletePostAction,
  hideReply: act.hideReplyAction,
  unhideReply: act.unhideReplyAction,
  deleteReply: act.deleteReplyAction,
  dismiss: act.dismissReportAction,
};

/** X3 forum moderation: status tabs with counts, reported targets with their reports and actions. */
export default async function AdminModerationPage({
  searchParams,
}: {
  searchParams: Promise<Record<"status" | "page" | "done", string | string[] | undefined>>;
}) {
  const { status: raw, page: rawPage, done: rawDone } = await searchParams;
  const status = reportStatusValues.find((s) => s === raw) ?? "pending";
  const page = typeof rawPage === "string" && /^\d{1,4}$/.test(rawPage) ? Number(rawPage) : 1;
  const queue = await asAdmin(hrefOf(status, page), (actor) =>
    listReportQueue(actor, { status, page: Math.max(1, page), pageSize: 20 }),
  );
  if (!queue) return <AdminOnly />;
  const t = await getTranslations("AdminModeration");
  const done = doneKeys.find((d) => d === rawDone);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div aria-live="polite">
        {done ? (
          <Alert tone="success" className="mb-4">
            {t(`done.${done}`)}
          </Alert>
        ) : null}
      </div>
      <Tabs
        label={t("tabsLabel")}
        current={status}
        tabs={reportStatusValues.map((key) => ({
          key,
          href: hrefOf(key),
          label: t("tab", { status: t(`status.${key}`), count: queue.counts[key] }),
        }))}
      />
      <section aria-label={t(`status.${status}`)} className="mt-4">
        {queue.page.data.length === 0 ? (
          <EmptyState
            icon={<ShieldCheck aria-hidden="true" />}
            title={t("empty", { status: t(`status.${status}`).toLowerCase() })}
            hint={t("emptyHint")}
          />
        ) : (
          <ul className="space-y-4">
            {queue.page.data.map((group) => (
              <li key={group.key}>
                <ReportedTargetCard group={group} status={status} actions={actions} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={queue.page.meta.page}
          pageSize={queue.page.meta.pageSize}
          total={queue.page.meta.total}
          hrefFor={(n) => hrefOf(status, n)}
        />
      </section>
    </>
  );
}

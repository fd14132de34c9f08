import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import type { ReportedTargetDto, ReportStatus } from "@/lib/moderation/schemas";
import { ModerationActions } from "./ModerationActions";
import type { ModerationFormActions } from "./moderation-actions";
import { ReportList } from "./ReportList";

/** One reported post or reply in the queue (X3): what it is, who wrote it, its reports, the actions. */
export async function ReportedTargetCard({
  group,
  status,
  actions,
}: {
  group: ReportedTargetDto;
  status: ReportStatus;
  actions: ModerationFormActions;
}) {
  const t = await getTranslations("AdminModeration");
  const target = group.target;
  const headingId = `mod-${group.key.replace(":", "-")}`;
  const heading = target
    ? target.type === "forum_post"
      ? target.title
      : t("replyIn", { title: target.title })
    : t(`type.${group.targetType}`);
  const counts = group.reports[0];
  const open = status === "pending" || status === "reviewed";
  const dt = "text-sm font-medium text-slate-600";
  return (
    <Card as="article" aria-labelledby={headingId} className="space-y-3">
      <header className="space-y-1">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
          {t(`type.${group.targetType}`)}
        </p>
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {heading}
        </h2>
      </header>
      {target ? (
        <>
          <p className="whitespace-pre-line break-words text-slate-800">{target.excerpt}</p>
          <dl className="grid gap-2 sm:grid-cols-3">
            <div>
              <dt className={dt}>{t("author")}</dt>
              <dd className="text-slate-900">
                {target.anonymousAlias
                  ? t("postedAs", { name: target.authorName, alias: target.anonymousAlias })
                  : target.authorName}
              </dd>
            </div>
            <div>
              <dt className={dt}>{t("stateLabel")}</dt>
              <dd className="flex flex-wrap gap-1">
                {(["hidden", "locked", "pinned"] as const)
                  .filter((s) => target[s])
                  .map((s) => (
                    <span
                      key={s}
                      className="rounded-full bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-800"
                    >
                      {t(`state.${s}`)}
                    </span>
                  ))}
              </dd>
            </div>
            <div>
              <dt className={dt}>{t("reportsHeading")}</dt>
              <dd className="text-slate-900">
                {t("reportCount", {
                  total: counts?.targetReportCount ?? 0,
                  open: counts?.targetOpenReportCount ?? 0,
                })}
              </dd>
            </div>
          </dl>
          {target.moderationNote ? (
            <p className="text-sm text-slate-700">
              {t("moderationNote", { note: target.moderationNote })}
            </p>
          ) : null}
          <Link
            href={`/forum/${target.postId}`}
            prefetch={false}
            className="inline-block text-sm font-semibold text-brand-800 underline"
          >
            {t("openThread")}
          </Link>
        </>
      ) : (
        <p className="text-slate-700">{t("gone")}</p>
      )}
      <ReportList reports={group.reports} />
      <ModerationActions group={group} status={status} open={open} actions={actions} />
    </Card>
  );
}

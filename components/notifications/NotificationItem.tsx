import { useFormatter, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-styles";
import type { InboxFilter } from "@/lib/notifications/inbox-url";
import type { NotificationDto } from "@/lib/notifications/schemas";
import { TypeIcon } from "./TypeIcon";

type FormAction = (form: FormData) => Promise<void>;

const week = 7 * 24 * 60 * 60 * 1000;

/**
 * One notice in the inbox: kind, title, text, when, an unread dot (with its words for screen
 * readers), "Open" (marks it read on the way to the thing) and "Mark as read". Plain forms.
 */
export function NotificationItem({
  notification: n,
  now,
  view,
  openAction,
  markReadAction,
}: {
  notification: NotificationDto;
  now: Date;
  view: { filter: InboxFilter; page: number };
  openAction: FormAction;
  markReadAction: FormAction;
}) {
  const t = useTranslations("Inbox");
  const format = useFormatter();
  const created = new Date(n.createdAt);
  const absolute = format.dateTime(created, { dateStyle: "medium", timeStyle: "short" });
  const shown =
    now.getTime() - created.getTime() < week ? format.relativeTime(created, now) : absolute;
  const unread = n.readAt === null;
  const hidden = (
    <>
      <input type="hidden" name="id" value={n.id} />
      <input type="hidden" name="filter" value={view.filter} />
      <input type="hidden" name="page" value={view.page} />
    </>
  );
  return (
    <li
      className={`flex gap-3 rounded-xl border p-4 ${unread ? "border-brand-200 bg-brand-50/40" : "border-slate-200 bg-white"}`}
    >
      <TypeIcon type={n.type} label={t(`types.${n.type}`)} />
      <div className="min-w-0 flex-1">
        <div className="flex items-start gap-2">
          {unread ? (
            <span className="mt-1.5 flex items-center">
              <span aria-hidden="true" className="size-2.5 rounded-full bg-brand-600" />
              <span className="sr-only">{t("unread")}</span>
            </span>
          ) : null}
          <h2 className={`text-base text-slate-900 ${unread ? "font-semibold" : "font-medium"}`}>
            {n.title}
          </h2>
        </div>
        <p className="mt-1 text-sm break-words text-slate-700">{n.body}</p>
        <p className="mt-1 text-xs text-slate-500">
          <time dateTime={n.createdAt} title={absolute}>
            {shown}
          </time>
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          {n.link ? (
            <form action={openAction}>
              {hidden}
              <button
                type="submit"
                aria-label={t("openLabel", { title: n.title })}
                className={buttonClass("primary")}
              >
                {t("open")}
              </button>
            </form>
          ) : null}
          {unread ? (
            <form action={markReadAction}>
              {hidden}
              <button
                type="submit"
                aria-label={t("markReadLabel", { title: n.title })}
                className={buttonClass("secondary")}
              >
                {t("markRead")}
              </button>
            </form>
          ) : null}
        </div>
      </div>
    </li>
  );
}

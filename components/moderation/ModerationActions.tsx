import { getTranslations } from "next-intl/server";
import { IdActionForm } from "@/components/admin/IdActionForm";
import { ReasonForm, type ReasonFormCopy } from "@/components/admin/ReasonForm";
import type { ReportedTargetDto, ReportStatus } from "@/lib/moderation/schemas";
import type { ModerationFormActions } from "./moderation-actions";

/**
 * What a moderator can do to a target: hide or unhide, lock or unlock and pin or unpin (posts),
 * delete, and dismiss while its reports are open. Each form posts back to the same tab.
 */
export async function ModerationActions({
  group,
  status,
  open,
  actions,
}: {
  group: ReportedTargetDto;
  status: ReportStatus;
  open: boolean;
  actions: ModerationFormActions;
}) {
  const t = await getTranslations("AdminModeration");
  const target = group.target;
  const firstOpen = open ? group.reports[0] : undefined;
  if (!target && !firstOpen) return null;
  const hidden = { status };
  const title = target?.title ?? t(`type.${group.targetType}`);
  const copy = (kind: "hide" | "lock" | "delete"): ReasonFormCopy => ({
    open: t(`${kind}.open`),
    title: t(`${kind}.title`),
    note: t(`${kind}.note`),
    reason: t(`${kind}.reason`),
    hint: t(`${kind}.hint`),
    confirm: t(`${kind}.confirm`),
    pending: t(`${kind}.pending`),
  });
  const button = (action: keyof ModerationFormActions, id: string, label: string) => (
    <IdActionForm
      action={actions[action]}
      id={id}
      hidden={hidden}
      label={label}
      accessibleLabel={t("actionLabel", { action: label, title })}
      pendingText={t("saving")}
      variant="secondary"
    />
  );
  const isPost = target?.type === "forum_post";
  return (
    <div
      role="group"
      aria-label={t("actionsLabel", { type: t(`type.${group.targetType}`) })}
      className="flex flex-wrap items-start gap-3 border-t border-slate-200 pt-3"
    >
      {firstOpen ? button("dismiss", firstOpen.id, t("dismiss")) : null}
      {target && isPost ? (
        <>
          {target.locked ? button("unlockPost", target.id, t("unlock")) : null}
          {target.pinned
            ? button("unpinPost", target.id, t("unpin"))
            : button("pinPost", target.id, t("pin"))}
          {target.hidden ? button("unhidePost", target.id, t("unhide")) : null}
        </>
      ) : null}
      {target && !isPost && target.hidden ? button("unhideReply", target.id, t("unhide")) : null}
      {target && !target.hidden ? (
        <ReasonForm
          action={isPost ? actions.hidePost : actions.hideReply}
          id={target.id}
          hidden={hidden}
          copy={copy("hide")}
          fieldPrefix="hide-reason"
        />
      ) : null}
      {target && isPost && !target.locked ? (
        <ReasonForm
          action={actions.lockPost}
          id={target.id}
          hidden={hidden}
          copy={copy("lock")}
          fieldPrefix="lock-reason"
        />
      ) : null}
      {target ? (
        <ReasonForm
          action={isPost ? actions.deletePost : actions.deleteReply}
          id={target.id}
          hidden={hidden}
          copy={copy("delete")}
          fieldPrefix="delete-reason"
        />
      ) : null}
    </div>
  );
}

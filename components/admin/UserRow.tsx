import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import type { FormAction } from "@/lib/actions/result";
import type { AdminUserDto } from "@/lib/admin/schemas";
import { formatDate } from "@/lib/i18n/format";
import { isAppLocale } from "@/lib/i18n/config";
import { IdActionForm } from "./IdActionForm";
import { ReasonForm } from "./ReasonForm";

/** One account on /admin/users: who, role, state, and Suspend (with a reason) or Restore. */
export async function UserRow({
  user,
  suspendAction,
  restoreAction,
  search = "",
}: {
  user: AdminUserDto;
  /** The list's search, posted along so the list comes back as it was. */
  search?: string;
  suspendAction: FormAction;
  restoreAction: FormAction;
}) {
  const [t, raw] = await Promise.all([getTranslations("Admin.users"), getLocale()]);
  const locale = isAppLocale(raw) ? raw : "en";
  return (
    <Card as="article" aria-labelledby={`user-${user.id}`} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id={`user-${user.id}`} className="text-base font-semibold text-slate-900">
          {user.name}
        </h2>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">
          {t(`roles.${user.role}`)}
        </span>
      </div>
      <p className="break-all text-sm text-slate-700">{user.email}</p>
      <p className="text-sm text-slate-600">
        {t("joined", { date: formatDate(user.createdAt, locale) })}
      </p>
      {user.suspendedAt ? (
        <p className="rounded-lg bg-red-50 p-2 text-sm text-red-900">
          <span className="font-semibold">
            {t("suspendedSince", { date: formatDate(user.suspendedAt, locale) })}
          </span>
          {user.suspensionReason
            ? ` · ${t("reasonGiven", { reason: user.suspensionReason })}`
            : null}
        </p>
      ) : null}
      {user.role === "admin" ? (
        <p className="text-sm text-slate-600">{t("adminNote")}</p>
      ) : user.suspendedAt ? (
        <IdActionForm
          action={restoreAction}
          id={user.id}
          label={t("restore")}
          accessibleLabel={t("restoreLabel", { name: user.name })}
          pendingText={t("restoring")}
          variant="secondary"
          hidden={{ q: search }}
        />
      ) : (
        <ReasonForm
          action={suspendAction}
          id={user.id}
          hidden={{ q: search }}
          copy={{
            open: t("suspend"),
            title: t("suspendTitle", { name: user.name }),
            note: t("suspendNote"),
            reason: t("reason"),
            hint: t("reasonHint"),
            confirm: t("suspendConfirm"),
            pending: t("suspending"),
          }}
        />
      )}
    </Card>
  );
}

import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { flatCardClass } from "@/components/ui/Card";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { NotificationPreferences, PreferenceKey } from "@/lib/notifications/schemas";

const groups = [
  { key: "appointments", switches: ["apptReminder", "apptConfirmed", "apptRescheduled"] },
  { key: "medicines", switches: ["medDoseReminder", "medRefill", "medInteraction"] },
  { key: "tips", switches: ["tipsDaily", "goalReminders", "weeklyTrends"] },
  {
    key: "activity",
    switches: ["labReportReady", "recordAdded", "coachMessages", "forumActivity"],
  },
] as const satisfies readonly { key: string; switches: readonly PreferenceKey[] }[];

const linkClass = "font-semibold text-brand-800 underline underline-offset-2";

function Switch({
  name,
  label,
  hint,
  checked,
}: {
  name: PreferenceKey;
  label: string;
  hint?: ReactNode;
  checked: boolean;
}) {
  const id = `pref-${name}`;
  return (
    <div className="flex items-start gap-3 py-2">
      <input
        type="checkbox"
        id={id}
        name={name}
        defaultChecked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-5 shrink-0 rounded border-slate-400 accent-brand-700"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-900">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/**
 * Notification settings (#27) as one plain form: 4 groups of topic switches and the 3 channels,
 * checkboxes holding the saved (or default) values, one Save. The SMS hint says where SMS go.
 */
export function PreferencesForm({
  preferences,
  sms,
  action,
}: {
  preferences: NotificationPreferences;
  sms: { phone: string | null; verified: boolean };
  action: (form: FormData) => Promise<void>;
}) {
  const t = useTranslations("settings.notifications");
  const smsHint = sms.verified
    ? t.rich("sms.verified", {
        phone: sms.phone ?? "",
        link: (chunks) => (
          <Link href="/profile?edit=1" className={linkClass}>
            {chunks}
          </Link>
        ),
      })
    : t.rich(sms.phone ? "sms.unverified" : "sms.none", {
        phone: sms.phone ?? "",
        link: (chunks) => (
          <Link href="/profile/phone" className={linkClass}>
            {chunks}
          </Link>
        ),
      });
  return (
    <form action={action} className="space-y-4">
      {groups.map((group) => (
        <fieldset key={group.key} className={flatCardClass}>
          <legend className="px-1 text-base font-semibold text-slate-900">
            {t(`groups.${group.key}`)}
          </legend>
          {group.switches.map((name) => (
            <Switch
              key={name}
              name={name}
              label={t(`topics.${name}`)}
              hint={name === "forumActivity" ? t("forumHint") : undefined}
              checked={preferences[name]}
            />
          ))}
        </fieldset>
      ))}
      <fieldset className={flatCardClass}>
        <legend className="px-1 text-base font-semibold text-slate-900">
          {t("groups.channels")}
        </legend>
        <Switch
          name="channelPush"
          label={t("channels.channelPush")}
          hint={t("pushHint")}
          checked={preferences.channelPush}
        />
        <Switch
          name="channelSms"
          label={t("channels.channelSms")}
          hint={smsHint}
          checked={preferences.channelSms}
        />
        <Switch
          name="channelEmail"
          label={t("channels.channelEmail")}
          hint={t("emailHint")}
          checked={preferences.channelEmail}
        />
      </fieldset>
      <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}

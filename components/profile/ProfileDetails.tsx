import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { PhoneStatus } from "./PhoneStatus";
import type { HealthProfileDto } from "@/lib/health-profile/schemas";
import type { UserDto } from "@/lib/users/schemas";
import { formatPhone } from "@/lib/i18n/format";

/** View mode of the personal details. */
export function ProfileDetails({ user, profile }: { user: UserDto; profile: HealthProfileDto }) {
  const t = useTranslations("profile");
  const format = useFormatter();
  const none = <span className="text-slate-500">{t("details.notSet")}</span>;
  const rows: { label: string; value: React.ReactNode }[] = [
    {
      label: t("fields.phone"),
      value: (
        <span className="flex flex-wrap items-center gap-2">
          {user.phone ? formatPhone(user.phone) : none}
          {user.phone ? <PhoneStatus verified={user.phoneVerified} /> : null}
          {user.phoneVerified ? null : (
            <Link
              href="/profile/phone"
              className="text-sm font-semibold text-brand-800 underline underline-offset-2"
            >
              {t("phone.verify")}
            </Link>
          )}
        </span>
      ),
    },
    {
      label: t("fields.dateOfBirth"),
      value: profile.dateOfBirth
        ? format.dateTime(new Date(`${profile.dateOfBirth}T00:00:00+05:30`), {
            day: "numeric",
            month: "long",
            year: "numeric",
          })
        : none,
    },
    {
      label: t("details.age"),
      value: profile.age !== null ? t("details.ageValue", { age: profile.age }) : none,
    },
    { label: t("fields.gender"), value: profile.gender ? t(`genders.${profile.gender}`) : none },
    { label: t("fields.city"), value: profile.city ?? none },
    {
      label: t("fields.bloodGroup"),
      value: profile.bloodGroup
        ? profile.bloodGroup === "unknown"
          ? t("bloodGroups.unknown")
          : profile.bloodGroup
        : none,
    },
    { label: t("fields.emergencyContact"), value: profile.emergencyContact ?? none },
  ];
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {rows.map((row) => (
        <div key={row.label}>
          <dt className="text-sm text-slate-600">{row.label}</dt>
          <dd className="font-medium text-slate-900">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

import type { ReactNode } from "react";
import Link from "next/link";
import { Bell, FileText, HeartPulse, Lightbulb } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/Card";
import type { NotificationDto } from "@/lib/notifications/schemas";
import type { PatientHomeDto } from "@/lib/home/schemas";

const linkClass = "text-sm font-semibold text-brand-800 underline-offset-2 hover:underline";

function HomeCard({
  id,
  icon,
  title,
  children,
}: {
  id: string;
  icon: ReactNode;
  title: string;
  children: ReactNode;
}) {
  return (
    <Card as="section" aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="flex items-center gap-2 font-bold text-slate-900">
        <span aria-hidden="true" className="text-brand-700">
          {icon}
        </span>
        {title}
      </h2>
      {children}
    </Card>
  );
}

/** A notification's own link when it is an internal path; otherwise the inbox. */
const hrefOf = (n: NotificationDto) =>
  n.link && n.link.startsWith("/") && !n.link.startsWith("//") ? n.link : "/notifications";

export function NotificationsCard({
  unread,
  latest,
}: {
  unread: number;
  latest: NotificationDto[];
}) {
  const t = useTranslations("Dashboard.notifications");
  return (
    <HomeCard id="home-notifications" icon={<Bell className="size-5" />} title={t("title")}>
      <p className="text-sm text-slate-700">{t("unread", { count: unread })}</p>
      {latest.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="space-y-2">
          {latest.map((n) => (
            <li key={n.id} className="text-sm">
              <Link href={hrefOf(n)} className="font-medium text-slate-900 hover:underline">
                {n.readAt ? null : (
                  <span className="mr-2 rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800">
                    {t("new")}
                  </span>
                )}
                {n.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Link href="/notifications" className={linkClass}>
        {t("viewAll")}
      </Link>
    </HomeCard>
  );
}

export function ProfileCard({ percent }: { percent: number }) {
  const t = useTranslations("Dashboard.profile");
  return (
    <HomeCard id="home-profile" icon={<HeartPulse className="size-5" />} title={t("title")}>
      <p className="text-sm font-semibold text-slate-800">{t("complete", { percent })}</p>
      <progress
        aria-label={t("meter")}
        value={percent}
        max={100}
        className="h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
      />
      <Link href="/profile/medical-history" className={linkClass}>
        {percent < 100 ? t("improve") : t("review")}
      </Link>
    </HomeCard>
  );
}

export function RecordCard({ record }: { record: PatientHomeDto["latestRecord"] }) {
  const t = useTranslations("Dashboard.record");
  const format = useFormatter();
  return (
    <HomeCard id="home-record" icon={<FileText className="size-5" />} title={t("title")}>
      {record ? (
        <p className="text-sm">
          <Link
            href={`/records/${record.id}`}
            className="font-medium text-slate-900 hover:underline"
          >
            {record.title}
          </Link>
          <span className="block text-slate-600">
            {format.dateTime(new Date(`${record.date}T12:00:00Z`), {
              dateStyle: "medium",
              timeZone: "UTC",
            })}
          </span>
        </p>
      ) : (
        <p className="text-sm text-slate-600">{t("none")}</p>
      )}
      <Link href={record ? "/records" : "/records/new"} className={linkClass}>
        {record ? t("viewAll") : t("add")}
      </Link>
    </HomeCard>
  );
}

export function TipCard({ index }: { index: number }) {
  const t = useTranslations("Dashboard");
  return (
    <HomeCard id="home-tip" icon={<Lightbulb className="size-5" />} title={t("tip.title")}>
      <p className="text-sm text-slate-700">{t(`tips.t${index}` as "tips.t0")}</p>
    </HomeCard>
  );
}

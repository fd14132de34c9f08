import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-styles";
import { cardClass } from "@/components/ui/Card";
import { formatInr } from "@/lib/i18n/format";
import type { LabBookingDto } from "@/lib/lab/schemas";
import { LabStatusPill } from "./StatusPill";
import { Tracker } from "./Tracker";

/** One booking (#16): status, tests with prices, when, mode, total, address, tracker, report. */
export function BookingCard({
  booking,
  dateLabel,
  reportLabel,
  children,
}: {
  booking: LabBookingDto;
  dateLabel: string;
  /** The report link's words (default "View report"). */
  reportLabel?: string;
  children?: React.ReactNode;
}) {
  const t = useTranslations("Lab.bookings");
  const a = booking.collectionAddress;
  return (
    <article className={`${cardClass} space-y-3`}>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold text-slate-900">
          <Link href={`/lab-tests/bookings/${booking.id}`} className="hover:underline">
            {booking.labName ?? t("lab")}
          </Link>
        </h2>
        <LabStatusPill status={booking.status} />
      </header>
      <Tracker status={booking.status} />
      <ul className="space-y-1 text-sm">
        {booking.tests.map((x) => (
          <li key={x.name} className="flex justify-between gap-3">
            <span>{x.name}</span>
            <span className="shrink-0">{formatInr(x.price)}</span>
          </li>
        ))}
      </ul>
      <dl className="grid grid-cols-2 gap-2 text-sm">
        <div>
          <dt className="text-slate-600">{t(`modes.${booking.bookingType}`)}</dt>
          <dd>{t("when", { date: dateLabel, time: booking.time })}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("total")}</dt>
          <dd className="font-semibold">
            {formatInr(booking.total)} · {t(`paymentStatus.${booking.paymentStatus}`)}
          </dd>
        </div>
        {a ? (
          <div className="col-span-2">
            <dt className="text-slate-600">{t("address")}</dt>
            <dd>
              {[a.name, a.line1, a.line2, a.city, a.state, a.pincode].filter(Boolean).join(", ")}
            </dd>
          </div>
        ) : null}
      </dl>
      {booking.cancelReason ? (
        <p className="text-sm text-slate-600">
          {t("cancelReason", { reason: booking.cancelReason })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {booking.status === "report_ready" ? (
          <a href={`/lab-tests/bookings/${booking.id}/report`} className={buttonClass("primary")}>
            {reportLabel ?? t("viewReport")}
          </a>
        ) : null}
        {booking.payPath ? (
          <Link href={booking.payPath} className={buttonClass("primary")}>
            {t("payNow")}
          </Link>
        ) : null}
        {children}
      </div>
    </article>
  );
}

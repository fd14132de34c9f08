import { useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/Card";
import type { FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";
import { formatInr } from "@/lib/i18n/format";
import type { AdminLabBookingDto } from "@/lib/lab/schemas";
import { CancelWithReasonForm, ReportUploadForm, StepForm } from "./AdminLabForms";
import { LabStatusPill } from "./StatusPill";
import { Tracker } from "./Tracker";

/** One booking on the lab desk: patient, tests, when and where, and the moves it allows now. */
export function AdminLabCard({
  booking,
  tab,
  copy,
  statusAction,
  uploadAction,
}: {
  booking: AdminLabBookingDto;
  tab: string;
  copy: Copy<"AdminLab">;
  statusAction: FormAction;
  uploadAction: FormAction;
}) {
  const t = useTranslations("Lab.bookings");
  const tests = booking.tests.map((x) => x.name).join(", ");
  const label = `${tests}, ${booking.patientName}`;
  const a = booking.collectionAddress;
  const common = { id: booking.id, tab, copy, label };
  return (
    <article
      id={`lab-booking-${booking.id}`}
      className={`${cardClass} space-y-3`}
      aria-label={label}
    >
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold text-slate-900">{tests}</h2>
        <LabStatusPill status={booking.status} />
      </header>
      <Tracker status={booking.status} />
      <p className="text-sm text-slate-700">
        {copy.patient}: {booking.patientName} · {t(`modes.${booking.bookingType}`)} · {booking.date}{" "}
        {booking.time} · {formatInr(booking.total)}
      </p>
      {a ? (
        <p className="text-sm text-slate-600">
          {[a.line1, a.line2, a.city, a.pincode].filter(Boolean).join(", ")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-start gap-3">
        {booking.nextStatus ? (
          <StepForm action={statusAction} status={booking.nextStatus} {...common} />
        ) : null}
        {booking.status === "booked" || booking.status === "sample_collected" ? (
          <CancelWithReasonForm action={statusAction} {...common} />
        ) : null}
      </div>
      {booking.canUploadReport ? <ReportUploadForm action={uploadAction} {...common} /> : null}
    </article>
  );
}

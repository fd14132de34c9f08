import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BookingCard } from "@/components/lab/BookingCard";
import { CancelBookingForm } from "@/components/lab/CancelBookingForm";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { copyOf } from "@/lib/i18n/copy";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatInr } from "@/lib/i18n/format";
import { getLabBooking, getLabCancellation } from "@/lib/lab/queries";
import { cancelLabBookingAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Lab.bookings"))("metaTitle") };
}

/** One of my bookings: the card, cancel with the refund preview and policy, the report. */
export default async function LabBookingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const [{ id }, { notice }] = await Promise.all([params, searchParams]);
  const actor = await requireActor(`/lab-tests/bookings/${id}`);
  const loaded = await Promise.all([getLabBooking(actor, id), getLabCancellation(actor, id)]).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === "not_found") notFound();
      throw error;
    },
  );
  const [booking, cancellation] = loaded;
  const [t, locale, copy] = await Promise.all([getTranslations("Lab"), getLocale(), copyOf("Lab")]);
  const refund =
    cancellation.kind === "none"
      ? t("cancel.refundNone")
      : t("cancel.refund", { amount: formatInr(cancellation.refund) });
  return (
    <PageContainer>
      <BackLink href="/lab-tests/bookings" label={t("bookings.back")} />
      <PageHeader title={booking.tests.map((x) => x.name).join(", ")} />
      {notice === "booked" || notice === "cancelled" ? (
        <div className="mb-4">
          <Alert tone="success" focusOnMount>
            {t(notice === "booked" ? "bookings.noticeBooked" : "bookings.noticeCancelled")}
          </Alert>
        </div>
      ) : null}
      <BookingCard
        booking={booking}
        reportLabel={t("report.download")}
        dateLabel={formatDate(`${booking.date}T12:00:00+05:30`, locale as AppLocale)}
      >
        {booking.status === "report_ready" && booking.reportRecordId ? (
          <Link
            href={`/records/${booking.reportRecordId}`}
            className="self-center text-sm text-brand-800 underline"
          >
            {t("report.inRecords")}
          </Link>
        ) : null}
        {cancellation.canCancel ? (
          <CancelBookingForm
            bookingId={booking.id}
            refund={refund}
            action={cancelLabBookingAction}
            copy={copy.cancel}
          />
        ) : null}
      </BookingCard>
    </PageContainer>
  );
}

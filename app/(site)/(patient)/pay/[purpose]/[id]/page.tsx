import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { HostedCheckoutForm } from "@/components/payments/HostedCheckoutForm";
import { RefundPolicy } from "@/components/payments/RefundPolicy";
import { Alert } from "@/components/ui/Alert";
import { BackLink } from "@/components/ui/BackLink";
import { Card } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { requireActor } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatInr } from "@/lib/i18n/format";
import { hostedCheckoutFields } from "@/lib/payments/checkout";
import { payPath, thingPath } from "@/lib/payments/pay-path";
import { startPaymentAction } from "./actions";
import { loadPayPage, siteOrigin } from "./pay-view";

type Props = {
  params: Promise<{ purpose: string; id: string }>;
  searchParams: Promise<{ notice?: string }>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Payments");
  return { title: t("metaTitle") };
}

const notices = [
  "paid",
  "not_completed",
  "failed",
  "conflict",
  "unavailable",
  "rate_limited",
] as const;

/** Pay online (issue #13): what is paid, the amount, Razorpay's hosted checkout, the refund policy. */
export default async function PayPage({ params, searchParams }: Props) {
  const { purpose: segment, id } = await params;
  const actor = await requireActor(`/pay/${segment}/${id}`);
  const [view, t, locale, { notice }] = await Promise.all([
    loadPayPage(actor, segment, id),
    getTranslations("Payments"),
    getLocale() as Promise<AppLocale>,
    searchParams,
  ]);
  const { thing, payment, checkout } = view;
  const shownNotice = notice ? (notices.find((n) => n === notice) ?? "error") : null;
  const { orderNumber, date, time, doctorName } = thing.label;
  const what = t(`what.${thing.purpose}`, {
    number: orderNumber ?? "",
    doctor: doctorName ?? "",
    date: date ? formatDate(`${date}T12:00:00+05:30`, locale) : "",
    time: time ?? "",
  });
  const amount = formatInr(thing.amount);
  const paid = thing.paymentStatus === "paid" || thing.paymentStatus === "refunded";
  const self = `${await siteOrigin()}${payPath(thing.purpose, thing.publicId)}`;

  let body;
  if (paid) {
    body = (
      <Alert tone="success">
        {t(thing.paymentStatus === "refunded" ? "state.refunded" : "state.paid")}
      </Alert>
    );
  } else if (!thing.online || !thing.open) {
    body = <p className="text-slate-700">{t("nothingToPay")}</p>;
  } else if (!view.onlineAvailable) {
    body = <Alert tone="error">{t("unavailable")}</Alert>;
  } else if (checkout) {
    body = (
      <HostedCheckoutForm
        action={checkout.url}
        label={t("payWithRazorpay", { amount })}
        hint={t("razorpayHint")}
        fields={hostedCheckoutFields({
          keyId: checkout.keyId,
          providerOrderId: checkout.providerOrderId,
          amount: thing.amount,
          name: "SwasthAI",
          description: what,
          payer: view.payer,
          callbackUrl: `${self}/callback`,
          cancelUrl: `${self}?notice=not_completed`,
        })}
      />
    );
  } else {
    body = (
      <form action={startPaymentAction} className="space-y-2">
        <input type="hidden" name="purpose" value={thing.purpose} />
        <input type="hidden" name="id" value={thing.publicId} />
        <SubmitButton pendingText={t("starting")}>{t("start", { amount })}</SubmitButton>
        <p className="text-sm text-slate-600">{t("startHint")}</p>
      </form>
    );
  }

  return (
    <PageContainer className="max-w-2xl">
      <BackLink
        href={thingPath(thing.purpose, thing.publicId)}
        label={t(`back.${thing.purpose}`)}
      />
      <PageHeader title={t("title")} subtitle={what} />
      {shownNotice ? (
        <Alert tone={shownNotice === "paid" ? "success" : "error"} className="mb-4">
          {t(`notice.${shownNotice}`)}
        </Alert>
      ) : null}
      <Card className="space-y-4">
        <dl className="flex items-baseline justify-between gap-4">
          <dt className="text-slate-600">{t("amount")}</dt>
          <dd className="text-2xl font-bold text-slate-900">{amount}</dd>
        </dl>
        {payment?.refundAmount && payment.status === "paid" ? (
          <p className="text-sm text-slate-700">
            {t("refundRequested", { amount: formatInr(payment.refundAmount) })}
          </p>
        ) : null}
        {body}
        <RefundPolicy purpose={thing.purpose} />
      </Card>
    </PageContainer>
  );
}

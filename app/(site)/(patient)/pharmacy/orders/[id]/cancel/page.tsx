import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CancelOrderForm } from "@/components/pharmacy/CancelOrderForm";
import { rupees, shortNumber } from "@/components/pharmacy/order-format";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { getOrderCancellation } from "@/lib/pharmacy/orders/service/cancel";
import { cancelOrderAction } from "../../actions";
import { loadOrder } from "../order";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Orders.cancel");
  return { title: t("metaTitle") };
}

/**
 * The cancel step (#19): the refund this cancellation would give and the written refund policy,
 * shown BEFORE the patient confirms; an optional reason. A dispatched order only says why not.
 */
export default async function CancelOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/pharmacy/orders/${id}/cancel`);
  const order = await loadOrder(actor, id);
  const [preview, t] = await Promise.all([
    getOrderCancellation(actor, order.id),
    getTranslations("Orders"),
  ]);
  const back = `/pharmacy/orders/${order.id}`;
  return (
    <PageContainer>
      <BackLink href={back} label={t("orderNumber", { number: shortNumber(order.orderNumber) })} />
      <PageHeader title={t("cancel.title", { number: order.orderNumber })} />
      <div className="max-w-2xl space-y-4">
        {preview.cancellable ? (
          <>
            <p className="text-slate-800">{t("cancel.lead")}</p>
            <Card as="section" aria-labelledby="refund" className="space-y-2">
              <h2 id="refund" className="text-lg font-semibold text-slate-900">
                {t("cancel.refundTitle")}
              </h2>
              <p className="text-slate-900">
                {preview.refund.kind === "none"
                  ? t("cancel.refundNone")
                  : t("cancel.refundFull", {
                      paid: rupees(preview.refund.paid),
                      refund: rupees(preview.refund.refund),
                    })}
              </p>
            </Card>
          </>
        ) : (
          <p className="text-slate-800">{t("cancel.notCancellable")}</p>
        )}
        <Card as="section" aria-labelledby="refund-policy" className="space-y-2">
          <h2 id="refund-policy" className="text-lg font-semibold text-slate-900">
            {t("cancel.refundPolicyTitle")}
          </h2>
          <p className="text-sm text-slate-800">{t("refundPolicy")}</p>
        </Card>
        {preview.cancellable ? (
          <CancelOrderForm
            action={cancelOrderAction}
            id={order.id}
            copy={{
              reason: t("cancel.reason"),
              reasonHint: t("cancel.reasonHint"),
              confirm: t("cancel.confirm"),
              pending: t("cancel.pending"),
            }}
          />
        ) : null}
        <Link href={back} className={buttonClass("secondary")}>
          {t("cancel.keep")}
        </Link>
      </div>
    </PageContainer>
  );
}

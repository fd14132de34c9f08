import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { IdActionForm } from "@/components/admin/IdActionForm";
import { EditOrderAddressForm } from "@/components/pharmacy/EditOrderAddressForm";
import { addressLine, shortNumber } from "@/components/pharmacy/order-format";
import { OrderStatusPill } from "@/components/pharmacy/OrderStatusPill";
import { OrderSummary } from "@/components/pharmacy/OrderSummary";
import { OrderTimeline } from "@/components/pharmacy/OrderTimeline";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { indianStates } from "@/lib/addresses/pincode";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import { reorderAction, updateOrderAddressAction } from "../actions";
import { loadOrder } from "./order";
import { OrderNotice } from "./OrderNotice";
import { formatPhone } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Orders.detail");
  return { title: t("metaTitle") };
}

type Search = Record<"notice" | "added" | "skipped", string | string[] | undefined>;

/** One of my orders (#19): timeline, lines and totals, address (editable while pending), actions. */
export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const { id } = await params;
  const actor = await requireActor(`/pharmacy/orders/${id}`);
  const [order, t, copy, search] = await Promise.all([
    loadOrder(actor, id),
    getTranslations("Orders"),
    copyOf("Orders"),
    searchParams,
  ]);
  const number = shortNumber(order.orderNumber);
  const a = order.deliveryAddress;
  return (
    <PageContainer>
      <BackLink href="/pharmacy/orders" label={t("detail.back")} />
      <PageHeader title={t("orderNumber", { number: order.orderNumber })} />
      <OrderNotice search={search} />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <OrderStatusPill status={order.status} label={t(`status.${order.status}`)} />
        {order.payPath ? (
          <Link href={order.payPath} className={buttonClass("primary")}>
            {t("detail.payNow")}
          </Link>
        ) : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Card as="section" aria-labelledby="order-timeline" className="space-y-3">
          <h2 id="order-timeline" className="text-lg font-semibold text-slate-900">
            {t("detail.timeline")}
          </h2>
          <OrderTimeline order={order} />
        </Card>
        <OrderSummary order={order} />
        <Card as="section" aria-labelledby="order-address" className="space-y-3 md:col-span-2">
          <h2 id="order-address" className="text-lg font-semibold text-slate-900">
            {t("address")}
          </h2>
          <p className="text-slate-900">{addressLine(a)}</p>
          <p className="text-sm text-slate-700">{formatPhone(a.phone)}</p>
          {order.notes ? (
            <p className="text-sm text-slate-700">
              <span className="font-medium">{t("detail.notes")}:</span> {order.notes}
            </p>
          ) : null}
          {order.canEdit ? (
            <EditOrderAddressForm
              action={updateOrderAddressAction}
              id={order.id}
              copy={copy.edit}
              states={indianStates}
              current={{ ...a, line2: a.line2 ?? "", notes: order.notes ?? "" }}
            />
          ) : null}
        </Card>
      </div>
      <div className="mt-4 flex flex-wrap items-start gap-3">
        {order.canCancel ? (
          <Link href={`/pharmacy/orders/${order.id}/cancel`} className={buttonClass("danger")}>
            {t("cancel.open")}
          </Link>
        ) : null}
        {order.canReorder ? (
          <IdActionForm
            action={reorderAction}
            id={order.id}
            label={t("reorder")}
            accessibleLabel={t("reorderLabel", { number })}
            pendingText={t("reordering")}
          />
        ) : null}
      </div>
      {order.status === "dispatched" ? (
        <p className="mt-4 text-sm text-slate-700">{t("cancel.notCancellable")}</p>
      ) : null}
    </PageContainer>
  );
}

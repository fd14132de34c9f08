import type { Metadata } from "next";
import Link from "next/link";
import { CircleCheck } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button-styles";
import { flatCardClass } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { requireActor } from "@/lib/auth/session";
import { getMedicineOrder } from "@/lib/pharmacy/orders/queries";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";

type Props = { params: Promise<{ id: string }> };

/** One of my orders, or the 404 page (missing and someone else's look the same). */
async function loadOrder(actor: Actor, id: string) {
  if (!isUuid(id)) notFound();
  try {
    return await getMedicineOrder(actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Checkout.confirmed"))("title") };
}

/** Order placed (N5): a tick, the order number, the expected delivery, and where to go next. */
export default async function OrderConfirmedPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/pharmacy/orders/${id}/confirmed`);
  const order = await loadOrder(actor, id);
  const [t, format] = await Promise.all([getTranslations("Checkout.confirmed"), getFormatter()]);
  const eta = order.expectedDelivery
    ? format.dateTime(new Date(`${order.expectedDelivery}T12:00:00Z`), {
        dateStyle: "full",
        timeZone: "UTC",
      })
    : null;

  return (
    <PageContainer>
      <div className={`${flatCardClass} mx-auto max-w-xl space-y-4 p-6 text-center`}>
        <CircleCheck aria-hidden="true" className="mx-auto size-16 text-brand-700" />
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-slate-800">{t("body", { number: order.orderNumber })}</p>
        {eta ? <p className="font-medium text-slate-900">{t("eta", { date: eta })}</p> : null}
        <p className="text-slate-800">{t("total", { total: order.total })}</p>
        {order.paymentMethod === "cod" ? (
          <p className="text-sm text-slate-600">{t("cod")}</p>
        ) : null}
        <div className="flex flex-wrap justify-center gap-3 pt-2">
          <Link href={`/pharmacy/orders/${order.id}`} className={buttonClass()}>
            {t("view")}
          </Link>
          <Link href="/pharmacy/orders" className={buttonClass("secondary")}>
            {t("orders")}
          </Link>
          <Link href="/" className={buttonClass("ghost")}>
            {t("home")}
          </Link>
        </div>
      </div>
    </PageContainer>
  );
}

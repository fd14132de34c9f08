import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { ShoppingCart } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { CheckoutForm } from "@/components/checkout/CheckoutForm";
import { OrderSummary } from "@/components/checkout/OrderSummary";
import { buttonClass } from "@/components/ui/button-styles";
import { flatCardClass } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { listAddresses } from "@/lib/addresses/queries";
import { requireActor } from "@/lib/auth/session";
import { copyOf } from "@/lib/i18n/copy";
import { onlinePaymentsEnabled } from "@/lib/payments/contract";
import { getCart } from "@/lib/pharmacy/cart/queries";
import { listPrescriptionChoices } from "@/lib/pharmacy/orders/prescriptions";
import { placeOrderAction, uploadPrescriptionAction } from "./actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Checkout"))("title") };
}

/**
 * Checkout (N4): the cart's orderable lines priced by the server, then the form. `?prescription=`
 * preselects one of my prescription records (after an upload, or from a prescription's page).
 */
export default async function CheckoutPage({ searchParams }: Props) {
  const actor = await requireActor("/pharmacy/checkout");
  const [cart, addresses, prescriptions, t, copy, addressCopy, query] = await Promise.all([
    getCart(actor),
    listAddresses(actor),
    listPrescriptionChoices(actor),
    getTranslations("Checkout"),
    copyOf("Checkout"),
    copyOf("Addresses"),
    searchParams,
  ]);
  const lines = cart.lines
    .filter((l) => l.problem === null)
    .map((l) => ({ medicineId: l.medicine.id, quantity: l.quantity }));
  const chosen = typeof query.prescription === "string" ? query.prescription : undefined;

  return (
    <PageContainer>
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeader title={t("title")} subtitle={t("subtitle")} />
        {lines.length === 0 ? (
          <EmptyState
            icon={<ShoppingCart />}
            title={t("empty.title")}
            hint={t("empty.body")}
            action={
              <Link href="/pharmacy" className={buttonClass()}>
                {t("empty.action")}
              </Link>
            }
          />
        ) : (
          <>
            <OrderSummary cart={cart} />
            <div className={flatCardClass}>
              <CheckoutForm
                placeAction={placeOrderAction}
                uploadAction={uploadPrescriptionAction}
                lines={lines}
                idempotencyKey={randomUUID()}
                addresses={addresses}
                prescriptions={prescriptions}
                needsPrescription={cart.needsPrescription}
                chosenPrescription={chosen}
                onlinePayments={onlinePaymentsEnabled()}
                copy={copy}
                addressCopy={addressCopy.fields}
              />
            </div>
          </>
        )}
      </div>
    </PageContainer>
  );
}

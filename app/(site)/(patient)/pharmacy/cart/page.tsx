import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ShoppingCart } from "lucide-react";
import { CartErrorAlert } from "@/components/pharmacy/CartErrorAlert";
import { CartLine } from "@/components/pharmacy/CartLine";
import { CartSummary } from "@/components/pharmacy/CartSummary";
import { cartErrorOf } from "@/components/pharmacy/return-path";
import { BackLink } from "@/components/ui/BackLink";
import { buttonClass } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/lib/auth/session";
import { getCart } from "@/lib/pharmacy/cart/queries";
import { addToCartAction, removeFromCartAction, setCartLineAction } from "../actions";

const cartActions = { add: addToCartAction, set: setCartLineAction, remove: removeFromCartAction };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pharmacy.cart");
  return { title: t("title") };
}

/**
 * My cart (#17): lines with -/+ and remove (plain forms), allergy warnings and what stops a line,
 * totals by the delivery rule, and the way to checkout when something can be ordered.
 */
export default async function CartPage({
  searchParams,
}: {
  searchParams: Promise<{ cartError?: string | string[] }>;
}) {
  const actor = await requireActor("/pharmacy/cart");
  const [cart, query, t] = await Promise.all([
    getCart(actor),
    searchParams,
    getTranslations("Pharmacy.cart"),
  ]);

  return (
    <PageContainer>
      <BackLink href="/pharmacy" label={t("back")} />
      <PageHeader title={t("title")} />
      <CartErrorAlert error={cartErrorOf(query.cartError)} />
      {cart.lines.length === 0 ? (
        <EmptyState
          icon={<ShoppingCart aria-hidden="true" />}
          title={t("empty.title")}
          hint={t("empty.hint")}
          action={
            <Link href="/pharmacy" className={buttonClass("primary")}>
              {t("empty.action")}
            </Link>
          }
        />
      ) : (
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
          <ul className="min-w-0 space-y-3">
            {cart.lines.map((line) => (
              <CartLine key={line.medicine.id} line={line} actions={cartActions} />
            ))}
          </ul>
          <div className="min-w-0 lg:sticky lg:top-4">
            <CartSummary cart={cart} />
          </div>
        </div>
      )}
    </PageContainer>
  );
}

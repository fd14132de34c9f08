import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PackageSearch } from "lucide-react";
import { CartBar } from "@/components/pharmacy/CartBar";
import { CartErrorAlert } from "@/components/pharmacy/CartErrorAlert";
import { CategoryChips } from "@/components/pharmacy/CategoryChips";
import { MedicineCard } from "@/components/pharmacy/MedicineCard";
import { RecentOrders } from "@/components/pharmacy/RecentOrders";
import { ShopNotes } from "@/components/pharmacy/ShopNotes";
import { ShopSearchForm } from "@/components/pharmacy/ShopSearchForm";
import { cartErrorOf } from "@/components/pharmacy/return-path";
import {
  parseShopSearch,
  shopHref,
  type RawSearchParams,
} from "@/components/pharmacy/search-params";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { getActor } from "@/lib/auth/session";
import { getCart } from "@/lib/pharmacy/cart/queries";
import { listMedicineOrders } from "@/lib/pharmacy/orders/queries";
import { listMedicineCategories, searchMedicines } from "@/lib/pharmacy/queries";
import { addToCartAction, removeFromCartAction, setCartLineAction } from "../actions";

const cartActions = { add: addToCartAction, set: setCartLineAction, remove: removeFromCartAction };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pharmacy");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/**
 * The pharmacy (#17): public catalogue search with shelves and filters, all in the URL (a plain GET
 * form); signed-in shoppers see their cart's quantities on the cards and the cart bar.
 */
export default async function PharmacyPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const { filters, query } = parseShopSearch(raw);
  const actor = await getActor();
  const [t, categories, result, cart, recent] = await Promise.all([
    getTranslations("Pharmacy"),
    listMedicineCategories(),
    searchMedicines(query),
    actor ? getCart(actor) : null,
    actor ? listMedicineOrders(actor, { pageSize: 2 }) : null,
  ]);
  const inCart = new Map(cart?.lines.map((l) => [l.medicine.id, l.quantity]) ?? []);
  const here = shopHref(filters);

  return (
    <PageContainer>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <CartErrorAlert error={cartErrorOf(raw.cartError)} />
      {recent && recent.data.length > 0 ? (
        <div className="mb-6">
          <RecentOrders orders={recent.data} />
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)] lg:items-start">
        <div className="space-y-4">
          <ShopSearchForm filters={filters} categories={categories} />
          <ShopNotes />
        </div>
        <section aria-labelledby="shop-results" className="min-w-0 space-y-4">
          <CategoryChips filters={filters} categories={categories} />
          <h2 id="shop-results" className="text-sm text-slate-600" aria-live="polite">
            {t("results", { count: result.meta.total })}
          </h2>
          {result.data.length === 0 ? (
            <EmptyState
              icon={<PackageSearch aria-hidden="true" />}
              title={t("empty.title")}
              hint={t("empty.hint")}
            />
          ) : (
            <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3">
              {result.data.map((m) => (
                <MedicineCard
                  key={m.id}
                  medicine={m}
                  inCart={inCart.get(m.id) ?? 0}
                  returnTo={here}
                  actions={cartActions}
                />
              ))}
            </ul>
          )}
          <Pagination
            page={result.meta.page}
            pageSize={result.meta.pageSize}
            total={result.meta.total}
            hrefFor={(page) => shopHref(filters, { page: String(page) })}
          />
        </section>
      </div>
      {cart ? <CartBar cart={cart} /> : null}
    </PageContainer>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MedicineOrderDto } from "@/lib/pharmacy/orders/schemas";
import { OrderCard } from "./OrderCard";

/**
 * My latest orders on the pharmacy page (#17) with "View all" (#19). The page reads them:
 * `listMedicineOrders(actor, { pageSize: 2 })`. Nothing at all when there are none.
 */
export async function RecentOrders({ orders }: { orders: MedicineOrderDto[] }) {
  if (orders.length === 0) return null;
  const t = await getTranslations("Orders.recent");
  return (
    <section aria-labelledby="recent-orders" className="space-y-3">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="recent-orders" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        <Link
          href="/pharmacy/orders"
          className="text-sm font-semibold text-brand-800 hover:underline"
        >
          {t("viewAll")}
        </Link>
      </div>
      <ul className="grid gap-4 md:grid-cols-2">
        {orders.slice(0, 2).map((order) => (
          <li key={order.id} className="min-w-0">
            <OrderCard order={order} />
          </li>
        ))}
      </ul>
    </section>
  );
}

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/Button";
import { formatInr } from "@/lib/i18n/format";
import type { CartDto } from "@/lib/pharmacy/cart/schemas";

/** The sticky bar under the shop while my cart has something: packs, total, "View cart". */
export function CartBar({ cart }: { cart: CartDto }) {
  const t = useTranslations("Pharmacy.cartBar");
  const packs = cart.lines.reduce((sum, l) => sum + l.quantity, 0);
  if (packs === 0) return null;
  return (
    <aside
      aria-label={t("label")}
      className="sticky bottom-20 z-10 mt-6 flex items-center justify-between gap-3 rounded-xl bg-slate-900 px-4 py-3 text-white shadow-lg md:bottom-4"
    >
      <p className="text-sm">
        <span className="font-semibold">{t("items", { count: packs })}</span>
        {" · "}
        {t("total", { total: formatInr(cart.total) })}
      </p>
      <Link href="/pharmacy/cart" className={buttonClass("secondary", "text-slate-900")}>
        {t("view")}
      </Link>
    </aside>
  );
}

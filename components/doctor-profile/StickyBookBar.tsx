import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-styles";
import type { DoctorDetailDto } from "@/lib/doctors/schemas";
import type { AppLocale } from "@/lib/i18n/config";
import { formatInr } from "@/lib/i18n/format";

/**
 * Phones and tablets: the fee and "Book appointment" pinned to the bottom of the screen, so the
 * booking is one tap away on a long profile (the slots card comes after everything else there).
 * `position: sticky` as the page's last block: it rides above the bottom tab bar while the profile
 * scrolls and comes to rest after the content, so it never covers the end of the page. A plain
 * link: works without JavaScript. Gone from lg up, where the slots card sits beside the profile.
 */
export function StickyBookBar({ doctor, check }: { doctor: DoctorDetailDto; check?: string }) {
  const t = useTranslations("DoctorProfile.bookBar");
  const locale = useLocale() as AppLocale;
  const fees = [
    doctor.bookableModes.includes("online") ? doctor.feeOnline : null,
    doctor.bookableModes.includes("offline") ? doctor.feeOffline : null,
  ]
    .filter((fee): fee is string => fee !== null)
    .map(Number);
  if (doctor.bookableModes.length === 0) return null;
  const lowest = fees.length > 0 ? Math.min(...fees) : null;
  const href = `/doctors/${doctor.id}/book${check ? `?check=${check}` : ""}`;
  return (
    <aside
      aria-label={t("label")}
      className="sticky bottom-[calc(3.5rem+1px+env(safe-area-inset-bottom))] z-20 -mx-4 mt-4 flex items-center justify-between gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgb(0_0_0/0.06)] md:bottom-0 lg:hidden"
    >
      {lowest !== null ? (
        <p className="min-w-0 text-sm text-slate-700">
          {t.rich(new Set(fees).size > 1 ? "from" : "fee", {
            fee: formatInr(lowest, locale),
            b: (chunks) => (
              <span className="text-lg font-bold whitespace-nowrap text-slate-900">{chunks}</span>
            ),
          })}
        </p>
      ) : (
        <span />
      )}
      <Link href={href} prefetch={false} className={buttonClass("primary", "shrink-0")}>
        {t("book")}
      </Link>
    </aside>
  );
}

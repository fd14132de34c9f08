import { useLocale } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { formatRating } from "@/lib/i18n/format";

/**
 * A doctor's average rating, or a "New" chip while there is none. Sighted users see a star, the
 * average to one decimal and the count; screen readers hear one sentence instead.
 */
export function DoctorRating({
  rating,
  countText,
  label,
  newText,
}: {
  rating: number | null;
  /** The count shown after the average, e.g. "(12 reviews)". */
  countText: string;
  /** The sentence read out, given the average as shown, e.g. "Rated 4.5 out of 5 from 12 reviews". */
  label: (rating: string) => string;
  newText: string;
}) {
  const locale = useLocale() as AppLocale;
  if (rating === null) {
    return (
      <span className="rounded-full bg-sky-50 px-2 py-0.5 text-xs font-semibold text-sky-800">
        {newText}
      </span>
    );
  }
  const shown = formatRating(rating, locale);
  return (
    <span className="icon-before icon-star inline-flex items-center gap-1 before:bg-amber-500">
      <span aria-hidden="true" className="font-semibold">
        {shown}
      </span>
      <span aria-hidden="true" className="text-slate-600">
        {countText}
      </span>
      <span className="sr-only">{label(shown)}</span>
    </span>
  );
}

import type { DoctorSummaryDto } from "@/lib/doctors/schemas";
import { specialtyLabel } from "@/lib/doctors/specialties";
import type { AppLocale } from "@/lib/i18n/config";
import { formatInr } from "@/lib/i18n/format";
import { bareName } from "@/components/doctors/doctor-name";
import type { MapDoctor } from "./types";

type CardT = (
  key: "name" | "feeOnline" | "feeClinic" | "reviews",
  values: Record<string, string | number>,
) => string;

/** List rows -> map pins; doctors whose clinic has no coordinates are left out. */
export function mapDoctorsOf(
  doctors: DoctorSummaryDto[],
  locale: AppLocale,
  t: CardT,
): MapDoctor[] {
  const out: MapDoctor[] = [];
  for (const d of doctors) {
    if (!d.location) continue;
    const { latitude: lat, longitude: lng } = d.location;
    const fees = [
      d.offersOnline && d.feeOnline ? t("feeOnline", { fee: formatInr(d.feeOnline) }) : null,
      d.offersOffline && d.feeOffline ? t("feeClinic", { fee: formatInr(d.feeOffline) }) : null,
    ].filter(Boolean);
    out.push({
      id: d.id,
      name: t("name", { name: bareName(d.name) }),
      specialty: specialtyLabel(d.specialty, locale),
      rating:
        d.rating === null
          ? null
          : `${d.rating.toFixed(1)} ★ ${t("reviews", { count: d.ratingCount })}`,
      fees: fees.join(" · "),
      address: [d.clinicName, d.city].filter(Boolean).join(", "),
      lat,
      lng,
    });
  }
  return out;
}

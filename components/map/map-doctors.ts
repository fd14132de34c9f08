import type { DoctorSummaryDto } from "@/lib/doctors/schemas";
import { specialtyLabel } from "@/lib/doctors/specialties";
import type { AppLocale } from "@/lib/i18n/config";
import { formatInr, formatRating } from "@/lib/i18n/format";
import { bareName } from "@/components/doctors/doctor-name";
import type { MapDoctor, MapPlace } from "./types";

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
      d.offersOnline && d.feeOnline
        ? t("feeOnline", { fee: formatInr(d.feeOnline, locale) })
        : null,
      d.offersOffline && d.feeOffline
        ? t("feeClinic", { fee: formatInr(d.feeOffline, locale) })
        : null,
    ].filter(Boolean);
    out.push({
      id: d.id,
      name: t("name", { name: bareName(d.name) }),
      specialty: specialtyLabel(d.specialty, locale),
      rating:
        d.rating === null
          ? null
          : `${formatRating(d.rating, locale)} ★ ${t("reviews", { count: d.ratingCount })}`,
      fees: fees.join(" · "),
      address: [d.clinicName, d.city].filter(Boolean).join(", "),
      lat,
      lng,
    });
  }
  return out;
}

/**
 * Doctors -> pins, one per place (coordinates rounded to ~1 m), in list order. `placeTitle` names a
 * place with several doctors ("Ruby Hall Clinic, Pune: 3 doctors").
 */
export function placesOf(
  doctors: MapDoctor[],
  placeTitle: (address: string, count: number) => string,
): MapPlace[] {
  const byKey = new Map<string, MapPlace>();
  for (const doctor of doctors) {
    const key = `${doctor.lat.toFixed(5)},${doctor.lng.toFixed(5)}`;
    const place = byKey.get(key);
    if (place) place.doctors.push(doctor);
    else
      byKey.set(key, {
        key,
        lat: doctor.lat,
        lng: doctor.lng,
        title: doctor.name,
        doctors: [doctor],
      });
  }
  const places = [...byKey.values()];
  for (const place of places) {
    if (place.doctors.length > 1) {
      place.title = placeTitle(place.doctors[0]!.address, place.doctors.length);
    }
  }
  return places;
}

import Link from "next/link";
import { MapPin, Navigation, Star } from "lucide-react";
import { useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/Card";
import type { MapDoctor } from "./types";

/** The same doctors as the map, as a plain list: works when tiles fail to load or JavaScript is off. */
export function MapDoctorList({
  doctors,
  withoutLocation,
}: {
  doctors: MapDoctor[];
  withoutLocation: number;
}) {
  const t = useTranslations("DoctorProfile.map");
  return (
    <section aria-labelledby="map-list-title" className="mt-6">
      <h2 id="map-list-title" className="mb-3 text-lg font-semibold text-slate-900">
        {t("listTitle")}
      </h2>
      {withoutLocation > 0 ? (
        <p className="mb-3 text-sm text-slate-600">
          {t("withoutLocation", { count: withoutLocation })}
        </p>
      ) : null}
      <ul className="grid gap-3 md:grid-cols-2">
        {doctors.map((doctor) => (
          <li key={doctor.id} className={cardClass}>
            <h3 className="font-semibold text-slate-900">
              <Link href={`/doctors/${doctor.id}`} prefetch={false} className="hover:underline">
                {doctor.name}
              </Link>
            </h3>
            <p className="text-sm font-medium text-brand-800">{doctor.specialty}</p>
            {doctor.rating ? (
              <p className="mt-1 flex items-center gap-1 text-sm text-slate-700">
                <Star aria-hidden="true" className="size-4 fill-amber-400 text-amber-500" />
                {doctor.rating}
              </p>
            ) : null}
            <p className="mt-1 flex items-start gap-1 text-sm text-slate-700">
              <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500" />
              {doctor.address}
            </p>
            <p className="mt-1 text-sm font-semibold text-slate-900">{doctor.fees}</p>
            <p className="mt-2 flex flex-wrap gap-4 text-sm font-semibold">
              <Link
                href={`/doctors/${doctor.id}`}
                prefetch={false}
                className="inline-flex min-h-11 items-center text-brand-800 hover:underline"
              >
                {t("viewProfile")}
                <span className="sr-only">: {doctor.name}</span>
              </Link>
              <a
                href={`https://www.openstreetmap.org/directions?to=${doctor.lat}%2C${doctor.lng}`}
                target="_blank"
                rel="noopener noreferrer"
                className="inline-flex min-h-11 items-center gap-1 text-brand-800 hover:underline"
              >
                <Navigation aria-hidden="true" className="size-4" />
                {t("directions")}
                <span className="sr-only">: {doctor.name}</span>
              </a>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { ExternalLink, MapPin } from "lucide-react";
import { useTranslations } from "next-intl";
import type { DoctorDetailDto } from "@/lib/doctors/schemas";
import { cardClass } from "@/components/ui/Card";
import { osmLink, staticMapTiles } from "./static-map";

const MAP_WIDTH = 640;
const MAP_HEIGHT = 160;

/** Clinic name and address, a small tile map with a pin (no JavaScript), and "Open in maps". */
export function ClinicBlock({ clinic }: { clinic: NonNullable<DoctorDetailDto["clinic"]> }) {
  const t = useTranslations("DoctorProfile.clinic");
  const hasPoint = clinic.latitude !== null && clinic.longitude !== null;
  const address = [clinic.address, clinic.city].filter(Boolean).join(", ");
  return (
    <section aria-labelledby="clinic-title" className={cardClass}>
      <h2 id="clinic-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {hasPoint ? (
        <div
          aria-hidden="true"
          className="relative mt-3 h-40 overflow-hidden rounded-lg bg-slate-200"
        >
          {/* The tile block is centred on the clinic whatever the box's width. */}
          <div
            className="absolute top-0 left-1/2"
            style={{ width: MAP_WIDTH, height: MAP_HEIGHT, marginLeft: -MAP_WIDTH / 2 }}
          >
            {staticMapTiles(clinic.latitude!, clinic.longitude!, 15, MAP_WIDTH, MAP_HEIGHT).map(
              (tile) => (
                // eslint-disable-next-line @next/next/no-img-element -- third-party map tiles, fixed size
                <img
                  key={tile.src}
                  src={tile.src}
                  alt=""
                  width={256}
                  height={256}
                  loading="lazy"
                  decoding="async"
                  className="absolute max-w-none"
                  style={{ left: tile.left, top: tile.top }}
                />
              ),
            )}
            <MapPin
              className="absolute size-8 -translate-x-1/2 -translate-y-full fill-red-600 text-white drop-shadow"
              style={{ left: MAP_WIDTH / 2, top: MAP_HEIGHT / 2 }}
            />
          </div>
        </div>
      ) : null}
      <p className="mt-3 font-semibold text-slate-900">{clinic.name}</p>
      {address ? (
        <p className="mt-0.5 flex items-start gap-1 text-sm text-slate-700">
          <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500" />
          {address}
        </p>
      ) : null}
      {hasPoint ? (
        <a
          href={osmLink(clinic.latitude!, clinic.longitude!)}
          target="_blank"
          rel="noopener noreferrer"
          className="mt-2 inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-brand-800 hover:underline"
        >
          {t("openInMaps")}
          <ExternalLink aria-hidden="true" className="size-4" />
          <span className="sr-only">{t("newTab")}</span>
        </a>
      ) : null}
    </section>
  );
}

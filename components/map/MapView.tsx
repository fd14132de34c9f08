"use client";

import dynamic from "next/dynamic";
import type { MapLabels, MapPlace } from "./types";

// Leaflet touches `window` on import and is ~40 KB gzip: load it in the browser only, after the
// page (and the list below the map) is already usable.
const DoctorMap = dynamic(() => import("./DoctorMap"), {
  ssr: false,
  loading: () => (
    <div
      aria-hidden="true"
      className="h-[60vh] min-h-80 w-full animate-pulse rounded-xl border border-slate-200 bg-slate-100"
    />
  ),
});

/** Client boundary of the doctor map: the server page passes plain data and translated labels. */
export function MapView({ places, labels }: { places: MapPlace[]; labels: MapLabels }) {
  return <DoctorMap places={places} labels={labels} />;
}

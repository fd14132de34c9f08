"use client";

import { useEffect, useRef, useState } from "react";
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { TILE_ATTRIBUTION, TILE_MAX_ZOOM, TILE_SUBDOMAINS, TILE_URL_TEMPLATE } from "./tiles";
import type { MapDoctor, MapLabels, MapPlace } from "./types";

// Bundled marker: an inline SVG pin (Leaflet's default icon images would come from a CDN or need
// copying into /public).
const pin = L.divIcon({
  className: "",
  html: '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="40" viewBox="0 0 30 40" aria-hidden="true"><path d="M15 1C7.3 1 1 7.1 1 14.7 1 25 15 39 15 39s14-14 14-24.3C29 7.1 22.7 1 15 1z" fill="#0f766e" stroke="#fff" stroke-width="2"/><circle cx="15" cy="15" r="5.5" fill="#fff"/></svg>',
  iconSize: [30, 40],
  iconAnchor: [15, 39],
  popupAnchor: [0, -34],
});

const here = { radius: 8, color: "#fff", weight: 3, fillColor: "#2563eb", fillOpacity: 1 };

// India, when no doctor has coordinates.
const FALLBACK_CENTER: L.LatLngTuple = [22.5, 79];

// Room around the pins when the map fits them: a pin is drawn 40 px above its point and 15 px to
// each side, so the top needs more than the bottom or the northernmost pins are cut off.
const FIT_PADDING = {
  paddingTopLeft: [24, 52] as L.PointTuple,
  paddingBottomRight: [24, 12] as L.PointTuple,
};

function doctorBlock(doctor: MapDoctor, labels: MapLabels): HTMLElement {
  const root = document.createElement("div");
  root.className = "space-y-1";
  const add = (tag: string, text: string, className: string) => {
    const el = document.createElement(tag);
    el.textContent = text;
    el.className = className;
    root.append(el);
    return el;
  };
  add("p", doctor.name, "m-0! font-semibold text-slate-900");
  add("p", doctor.specialty, "m-0! text-brand-800");
  if (doctor.rating) add("p", doctor.rating, "m-0! text-slate-700");
  if (doctor.fees) add("p", doctor.fees, "m-0! text-slate-700");
  const links = document.createElement("p");
  links.className = "m-0! flex gap-3 pt-1";
  const profile = document.createElement("a");
  profile.href = `/doctors/${doctor.id}`;
  profile.textContent = labels.viewProfile;
  profile.className = "font-semibold text-brand-800! underline";
  const directions = document.createElement("a");
  directions.href = `https://www.openstreetmap.org/directions?to=${doctor.lat}%2C${doctor.lng}`;
  directions.target = "_blank";
  directions.rel = "noopener noreferrer";
  directions.textContent = labels.directions;
  directions.className = "font-semibold text-brand-800! underline";
  links.append(profile, directions);
  root.append(links);
  return root;
}

/** A pin's popup: every doctor at that place, one after another. */
function popupOf(place: MapPlace, labels: MapLabels): HTMLElement {
  const root = document.createElement("div");
  root.className = "max-h-64 space-y-3 overflow-y-auto text-sm";
  if (place.doctors.length > 1) {
    const title = document.createElement("p");
    title.textContent = place.title;
    title.className = "m-0! font-semibold text-slate-900";
    root.append(title);
  }
  for (const doctor of place.doctors) root.append(doctorBlock(doctor, labels));
  return root;
}

/** The Leaflet map: one pin per place, a popup per pin, and an optional "you are here" dot. */
export default function DoctorMap({ places, labels }: { places: MapPlace[]; labels: MapLabels }) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const [status, setStatus] = useState<"idle" | "locating" | "failed">("idle");

  useEffect(() => {
    if (!container.current) return;
    const m = L.map(container.current, { scrollWheelZoom: false });
    map.current = m;
    L.tileLayer(TILE_URL_TEMPLATE, {
      subdomains: TILE_SUBDOMAINS,
      maxZoom: TILE_MAX_ZOOM,
      attribution: TILE_ATTRIBUTION,
    }).addTo(m);
    const points: L.LatLngTuple[] = [];
    for (const place of places) {
      const point: L.LatLngTuple = [place.lat, place.lng];
      points.push(point);
      L.marker(point, { icon: pin, title: place.title, alt: place.title, keyboard: true })
        .bindPopup(popupOf(place, labels))
        .addTo(m);
    }
    if (points.length > 1) m.fitBounds(L.latLngBounds(points), { ...FIT_PADDING, maxZoom: 14 });
    else if (points.length === 1) m.setView(points[0]!, 14);
    else m.setView(FALLBACK_CENTER, 5);
    return () => {
      m.remove();
      map.current = null;
    };
  }, [places, labels]);

  function locate() {
    if (!("geolocation" in navigator)) return setStatus("failed");
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const m = map.current;
        setStatus("idle");
        if (!m) return;
        const point: L.LatLngTuple = [position.coords.latitude, position.coords.longitude];
        L.circleMarker(point, here).bindTooltip(labels.youAreHere).addTo(m);
        m.setView(point, Math.max(m.getZoom(), 12));
      },
      () => setStatus("failed"),
      { timeout: 10_000, maximumAge: 300_000 },
    );
  }

  return (
    <div className="relative">
      <div
        ref={container}
        role="region"
        aria-label={labels.region}
        className="z-0 h-[60vh] min-h-80 w-full rounded-xl border border-slate-200 bg-slate-100"
      />
      <div className="absolute top-3 right-3 z-[500] flex flex-col items-end gap-2">
        <button
          type="button"
          onClick={locate}
          disabled={status === "locating"}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-800 shadow hover:bg-slate-50"
        >
          {status === "locating" ? labels.locating : labels.locate}
        </button>
        {status === "failed" ? (
          <p
            role="status"
            className="max-w-56 rounded-lg bg-white px-3 py-2 text-xs text-slate-700 shadow"
          >
            {labels.locationFailed}
          </p>
        ) : null}
      </div>
    </div>
  );
}

"use client";

import { useCallback, useEffect } from "react";
import { LocateFixed } from "lucide-react";
import { useBrowserPosition } from "@/components/geo/use-browser-position";

/**
 * "Use my location": reads the browser's position into the search form's hidden lat/lng and
 * submits the form. Choosing a city clears the position (the city then decides). Without
 * JavaScript the city select is the way to search.
 */
export function UseMyLocation({
  formId,
  citySelectId,
  lat,
  lng,
  copy,
}: {
  formId: string;
  citySelectId: string;
  lat?: number;
  lng?: number;
  copy: { useLocation: string; locating: string; locationFailed: string; locationUsed: string };
}) {
  const located = lat !== undefined && lng !== undefined;

  useEffect(() => {
    const select = document.getElementById(citySelectId);
    const form = document.getElementById(formId);
    if (!select || !(form instanceof HTMLFormElement)) return;
    const clear = () => {
      for (const name of ["lat", "lng"]) {
        const input = form.elements.namedItem(name);
        if (input instanceof HTMLInputElement) input.value = "";
      }
    };
    select.addEventListener("change", clear);
    return () => select.removeEventListener("change", clear);
  }, [citySelectId, formId]);

  const search = useCallback(
    ({ lat, lng }: { lat: number; lng: number }) => {
      const form = document.getElementById(formId);
      if (!(form instanceof HTMLFormElement)) return;
      const city = document.getElementById(citySelectId);
      if (city instanceof HTMLSelectElement) city.value = "";
      const set = (name: string, value: number) => {
        const input = form.elements.namedItem(name);
        if (input instanceof HTMLInputElement) input.value = value.toFixed(5);
      };
      set("lat", lat);
      set("lng", lng);
      form.requestSubmit();
    },
    [citySelectId, formId],
  );
  const { state, locate } = useBrowserPosition(search);

  const status =
    state === "locating"
      ? copy.locating
      : state === "failed"
        ? copy.locationFailed
        : located
          ? copy.locationUsed
          : "";
  return (
    <div className="space-y-1">
      <button
        type="button"
        onClick={locate}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-800 hover:bg-slate-50"
      >
        <LocateFixed aria-hidden="true" className="size-4" />
        {copy.useLocation}
      </button>
      <p role="status" className="text-sm text-slate-700">
        {status}
      </p>
    </div>
  );
}

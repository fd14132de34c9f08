"use client";

import { useCallback, useEffect, useState } from "react";
import { MapPin } from "lucide-react";
import { useBrowserPosition } from "@/components/geo/use-browser-position";

/**
 * Fills hidden latitude/longitude from the browser's position (asked once on load, and again on
 * the button) and says so in a live region. Without JavaScript, or when refused, the typed
 * address and city locate the request instead.
 */
export function LocationFields({
  copy,
}: {
  copy: {
    locationDetect: string;
    locationDetecting: string;
    locationDetected: string;
    locationFailed: string;
  };
}) {
  const [position, setPosition] = useState<{ lat: string; lng: string } | null>(null);
  const keep = useCallback(({ lat, lng }: { lat: number; lng: number }) => {
    setPosition({ lat: lat.toFixed(6), lng: lng.toFixed(6) });
  }, []);
  const { state, locate } = useBrowserPosition(keep);

  // Asking at once saves seconds in an emergency; the browser still asks the user first.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(locate, []);

  const text = {
    idle: "",
    locating: copy.locationDetecting,
    located: copy.locationDetected,
    failed: copy.locationFailed,
  }[state];
  return (
    <div className="space-y-2">
      {position ? (
        <>
          <input type="hidden" name="latitude" value={position.lat} />
          <input type="hidden" name="longitude" value={position.lng} />
        </>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={locate}
          className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-800 hover:bg-slate-50"
        >
          <MapPin aria-hidden="true" className="size-4" />
          {copy.locationDetect}
        </button>
        <p
          role="status"
          className={`text-sm ${state === "located" ? "font-semibold text-green-800" : "text-slate-700"}`}
        >
          {text}
        </p>
      </div>
    </div>
  );
}

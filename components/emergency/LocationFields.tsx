"use client";

import { useEffect, useState } from "react";
import { MapPin } from "lucide-react";

type State = "idle" | "detecting" | "detected" | "failed";

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
  const [state, setState] = useState<State>("idle");
  const [position, setPosition] = useState<{ lat: string; lng: string } | null>(null);

  const detect = () => {
    if (!("geolocation" in navigator)) {
      setState("failed");
      return;
    }
    setState("detecting");
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPosition({ lat: p.coords.latitude.toFixed(6), lng: p.coords.longitude.toFixed(6) });
        setState("detected");
      },
      () => setState("failed"),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  // Asking at once saves seconds in an emergency; the browser still asks the user first.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(detect, []);

  const text = {
    idle: "",
    detecting: copy.locationDetecting,
    detected: copy.locationDetected,
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
          onClick={detect}
          className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-800 hover:bg-slate-50"
        >
          <MapPin aria-hidden="true" className="size-4" />
          {copy.locationDetect}
        </button>
        <p
          role="status"
          className={`text-sm ${state === "detected" ? "font-semibold text-green-800" : "text-slate-700"}`}
        >
          {text}
        </p>
      </div>
    </div>
  );
}

"use client";

import { useCallback, useState } from "react";

export type PositionState = "idle" | "locating" | "located" | "failed";

/**
 * The browser's position on request: `locate()` asks (the browser asks the user first) and hands
 * the coordinates to `onPosition`; `state` says where that stands, for a live region. Refused,
 * timed out or unsupported all read as "failed", so the page can offer its typed fallback.
 */
export function useBrowserPosition(onPosition: (coords: { lat: number; lng: number }) => void) {
  const [state, setState] = useState<PositionState>("idle");
  const locate = useCallback(() => {
    if (!("geolocation" in navigator)) {
      setState("failed");
      return;
    }
    setState("locating");
    navigator.geolocation.getCurrentPosition(
      (p) => {
        onPosition({ lat: p.coords.latitude, lng: p.coords.longitude });
        setState("located");
      },
      () => setState("failed"),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }, [onPosition]);
  return { state, locate };
}

"use client";

import { useEffect } from "react";

/** The hashed static files this page already loaded: fetched before the worker could keep them. */
function loadedStaticFiles(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((href) => new URL(href).pathname.startsWith("/_next/static/"));
}

function register() {
  navigator.serviceWorker
    .register("/sw.js", { scope: "/" })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) =>
      registration.active?.postMessage({ type: "cache-static", urls: loadedStaticFiles() }),
    )
    // A browser that refuses workers (private windows, storage turned off) simply goes without
    // the offline page; nothing else depends on it.
    .catch(() => {});
}

/**
 * Registers the service worker (public/sw.js: the offline page and the static files) once the
 * page has loaded, so it never competes with the page's own requests. Production only: in
 * development a kept chunk would outlive the hot reload that replaced it.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    return () => window.removeEventListener("load", register);
  }, []);
  return null;
}

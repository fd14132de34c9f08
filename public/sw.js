// SwasthAI's service worker: an offline page and the app's static files for bad networks, and web
// push notifications. Registered after load by components/shell/ServiceWorker.tsx (production
// only) and by the push opt-in.
//
// What it may keep is the point: only files that are the same for everyone — the offline page
// (app/offline/route.ts), the icons and Next's content-hashed files under /_next/static/ (scripts,
// styles, fonts). Never a page's HTML, never an /api answer, never a record or a photo: those are
// personal, so they always come from the network, and when it fails a page shows the offline page.

// Bump when the offline page or the precached files change: activate deletes every other version.
const VERSION = "v1";
const SHELL_CACHE = `swasthai-shell-${VERSION}`;
const STATIC_CACHE = `swasthai-static-${VERSION}`;
const OFFLINE_URL = "/offline";
const PRECACHE = [
  OFFLINE_URL,
  "/favicon.svg",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
  "/icons/maskable-512.png",
];
// Every deploy brings new hashed names; the oldest files go once the cache holds this many.
const STATIC_LIMIT = 200;

/** A same-origin file that is the same for everyone and never changes under its name. */
function isStaticAsset(url) {
  return (
    url.origin === self.location.origin &&
    (url.pathname.startsWith("/_next/static/") || PRECACHE.includes(url.pathname))
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  const current = [SHELL_CACHE, STATIC_CACHE];
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("swasthai-") && !current.includes(name))
            .map((name) => caches.delete(name)),
        ),
      )
      // A page's request starts while the worker is still waking up (it only relays the answer),
      // so a slow phone does not pay for the worker's start on every navigation.
      .then(() => self.registration.navigationPreload?.enable())
      .then(() => self.clients.claim()),
  );
});

async function trimStaticCache(cache) {
  const keys = await cache.keys();
  // keys() lists in insertion order: the first are the oldest.
  await Promise.all(
    keys.slice(0, Math.max(0, keys.length - STATIC_LIMIT)).map((k) => cache.delete(k)),
  );
}

/** Cache first: a hashed file never changes, so a kept copy is always right. */
async function staticAsset(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    const cache = await caches.open(STATIC_CACHE);
    await cache.put(request, response.clone());
    await trimStaticCache(cache);
  }
  return response;
}

/** Pages always from the network (never kept: they are personal); the offline page if it fails. */
async function page(event) {
  try {
    return (await event.preloadResponse) ?? (await fetch(event.request));
  } catch (error) {
    const offline = await caches.match(OFFLINE_URL);
    if (offline) return offline;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") event.respondWith(page(event));
  else if (isStaticAsset(url)) event.respondWith(staticAsset(request));
  // Anything else (/api, RSC payloads, images, files) goes to the network untouched.
});

// The page that registered the worker lists the static files it already loaded (fetched before
// the worker controlled it), so the next offline visit has them too. Only hashed static files.
self.addEventListener("message", (event) => {
  if (event.data?.type !== "cache-static" || !Array.isArray(event.data.urls)) return;
  const urls = event.data.urls
    .filter((href) => typeof href === "string")
    .map((href) => new URL(href, self.location.origin))
    .filter(
      (url) => url.origin === self.location.origin && url.pathname.startsWith("/_next/static/"),
    )
    .slice(0, STATIC_LIMIT);
  event.waitUntil(
    Promise.all(
      urls.map((url) =>
        caches
          .match(url.href)
          .then((kept) => kept ?? staticAsset(new Request(url.href)).catch(() => null)),
      ),
    ),
  );
});

// Web push. Payload (lib/push/send.ts): {"title": "...", "body": "...", "url": "/internal/path"}.

self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : "" };
  }
  event.waitUntil(
    self.registration.showNotification(message.title || "SwasthAI", {
      body: message.body || "",
      icon: "/icons/icon-192.png",
      data: { url: typeof message.url === "string" ? message.url : "/notifications" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url || "/notifications", self.location.origin);
  // Only this site's own pages: a payload can never send the reader elsewhere.
  const target =
    url.origin === self.location.origin ? url.href : self.location.origin + "/notifications";
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => w.url === target);
      return open ? open.focus() : self.clients.openWindow(target);
    }),
  );
});

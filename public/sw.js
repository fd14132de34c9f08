// SwasthAI's service worker: shows web push notifications and opens their page on click.
// Payload (lib/push/send.ts): {"title": "...", "body": "...", "url": "/internal/path"}.

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
      icon: "/favicon.svg",
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

"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/Button";

export interface PushOptInCopy {
  enable: string;
  disable: string;
  enabled: string;
  disabled: string;
  denied: string;
  failed: string;
}

type State = "unsupported" | "checking" | "off" | "on" | "denied" | "busy" | "failed";

/** The VAPID key as the bytes PushManager.subscribe wants (it is base64url text). */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + "=".repeat((4 - (base64url.length % 4)) % 4))
    .replace(/-/g, "+")
    .replace(/_/g, "/");
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

const supported = () =>
  typeof window !== "undefined" &&
  "serviceWorker" in navigator &&
  "PushManager" in window &&
  "Notification" in window;

async function registration() {
  return navigator.serviceWorker.register("/sw.js", { scope: "/" });
}

/** Where this browser stands: unable, blocked, or subscribed or not. */
async function currentState(): Promise<State> {
  if (!supported()) return "unsupported";
  if (Notification.permission === "denied") return "denied";
  try {
    const sub = await (await registration()).pushManager.getSubscription();
    return sub ? "on" : "off";
  } catch {
    return "off";
  }
}

/**
 * Turns web push on or off for this browser: asks permission, subscribes with the server's VAPID
 * key and saves the subscription (POST /api/v1/users/me/push-subscriptions), or unsubscribes and
 * forgets it. Renders nothing without JavaScript or where the browser cannot do push.
 */
export function PushOptIn({ publicKey, copy }: { publicKey: string; copy: PushOptInCopy }) {
  const [state, setState] = useState<State>("checking");

  useEffect(() => {
    let cancelled = false;
    void currentState().then((found) => {
      if (!cancelled) setState(found);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  async function enable() {
    setState("busy");
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        setState(permission === "denied" ? "denied" : "off");
        return;
      }
      const reg = await registration();
      const sub =
        (await reg.pushManager.getSubscription()) ??
        (await reg.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(publicKey),
        }));
      const response = await fetch("/api/v1/users/me/push-subscriptions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(sub.toJSON()),
      });
      setState(response.ok ? "on" : "failed");
    } catch {
      setState("failed");
    }
  }

  async function disable() {
    setState("busy");
    try {
      const reg = await registration();
      const sub = await reg.pushManager.getSubscription();
      if (sub) {
        await fetch("/api/v1/users/me/push-subscriptions", {
          method: "DELETE",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ endpoint: sub.endpoint }),
        });
        await sub.unsubscribe();
      }
      setState("off");
    } catch {
      setState("failed");
    }
  }

  if (state === "unsupported" || state === "checking") return null;
  const status =
    state === "on"
      ? copy.enabled
      : state === "denied"
        ? copy.denied
        : state === "failed"
          ? copy.failed
          : state === "off"
            ? copy.disabled
            : "";
  return (
    <div className="space-y-2">
      {state === "on" ? (
        <Button variant="secondary" onClick={disable}>
          {copy.disable}
        </Button>
      ) : state !== "denied" ? (
        <Button onClick={enable} disabled={state === "busy"}>
          {copy.enable}
        </Button>
      ) : null}
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {status}
      </p>
    </div>
  );
}

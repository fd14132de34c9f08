import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import webpush from "web-push";
import { db } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";
import {
  DELETE as unsubscribeRoute,
  POST as subscribeRoute,
} from "@/app/api/v1/users/me/push-subscriptions/route";
import { env } from "@/lib/env";
import { DeliveryError } from "@/lib/notifications/delivery/errors";
import { sendPush } from "@/lib/push/send";
import { call } from "@/tests/api-client";
import { createPatientWithToken } from "@/tests/factories-appointments";

const saved = { pub: env.VAPID_PUBLIC_KEY, priv: env.VAPID_PRIVATE_KEY };
const vapid = webpush.generateVAPIDKeys();

beforeEach(() => {
  env.VAPID_PUBLIC_KEY = vapid.publicKey;
  env.VAPID_PRIVATE_KEY = vapid.privateKey;
});
afterEach(() => {
  env.VAPID_PUBLIC_KEY = saved.pub;
  env.VAPID_PRIVATE_KEY = saved.priv;
  vi.restoreAllMocks();
});

const path = "/users/me/push-subscriptions";
const endpoint = "https://fcm.googleapis.com/fcm/send/abc123:APA91b";
const subscription = (over: Partial<{ endpoint: string; p256dh: string; auth: string }> = {}) => ({
  endpoint: over.endpoint ?? endpoint,
  expirationTime: null,
  keys: {
    p256dh:
      over.p256dh ??
      "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
    auth: over.auth ?? "tBHItJI5svbpez7KI4CCXg",
  },
});
const subscribe = (token: string, body: unknown) => call(subscribeRoute, { path, body, token });
const unsubscribe = (token: string, body: unknown) =>
  call(unsubscribeRoute, { method: "DELETE", path, body, token });
const ownerOf = async (url: string) =>
  (await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, url)))[0]?.userId;

describe(`/users/me/push-subscriptions (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("saves a subscription, and the same endpoint again updates it in place", async () => {
    const a = await createPatientWithToken();
    const res = await subscribe(a.token, subscription());
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ endpoint });
    const again = await subscribe(a.token, subscription({ auth: "bmV3LWF1dGgtc2VjcmV0" }));
    expect(again.body.data.id).toBe(res.body.data.id);
    const rows = await db.select().from(pushSubscriptions);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: a.user.id,
      auth: "bmV3LWF1dGgtc2VjcmV0",
      userAgent: "vitest",
    });
  });

  it("moves an endpoint to whoever subscribes it last; B cannot remove A's, A still can", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    await subscribe(a.token, subscription());
    const other = "https://updates.push.services.mozilla.com/wpush/v2/gAAAA";
    await subscribe(a.token, subscription({ endpoint: other }));
    const denied = await unsubscribe(b.token, { endpoint: other });
    expect(denied.status).toBe(404);
    expect(denied.headers.get("content-type")).toContain("application/problem+json");
    expect(await ownerOf(other)).toBe(a.user.id);
    // The shared browser signs in as B and subscribes: the endpoint is B's now, not A's.
    await subscribe(b.token, subscription());
    expect(await ownerOf(endpoint)).toBe(b.user.id);
    expect((await unsubscribe(a.token, { endpoint })).status).toBe(404);
    expect((await unsubscribe(a.token, { endpoint: other })).status).toBe(204);
    expect(await ownerOf(other)).toBeUndefined();
    expect((await unsubscribe(b.token, { endpoint })).status).toBe(204);
    expect(await db.$count(pushSubscriptions)).toBe(0);
  });

  it.each([
    [{ ...subscription(), endpoint: "http://push.example/x" }, "endpoint"],
    // Not a browser push service: the server would be made to call it.
    [{ ...subscription(), endpoint: "https://10.0.0.5/internal" }, "endpoint"],
    [{ ...subscription(), endpoint: "https://fcm.googleapis.com.evil.example/x" }, "endpoint"],
    [{ ...subscription(), endpoint: "https://fcm.googleapis.com:8443/x" }, "endpoint"],
    [{ endpoint, keys: { auth: "tBHItJI5svbpez7KI4CCXg" } }, "keys.p256dh"],
    [{ endpoint, keys: { p256dh: "not base64 url!", auth: "x" } }, "keys.p256dh"],
  ])("refuses %o with 422 at %s", async (body, field) => {
    const a = await createPatientWithToken();
    const res = await subscribe(a.token, body);
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    expect(await db.$count(pushSubscriptions)).toBe(0);
  });

  it("answers 401 without a user and 503 while web push is not configured", async () => {
    expect((await call(subscribeRoute, { path, body: subscription() })).status).toBe(401);
    env.VAPID_PUBLIC_KEY = undefined;
    const a = await createPatientWithToken();
    const res = await subscribe(a.token, subscription());
    expect(res.status).toBe(503);
    expect(await db.$count(pushSubscriptions)).toBe(0);
  });
});

describe("sendPush", () => {
  it("sends to every subscription and deletes the ones the push service calls gone", async () => {
    const a = await createPatientWithToken();
    await subscribe(a.token, subscription());
    const gone = "https://updates.push.services.mozilla.com/wpush/v2/gone";
    await subscribe(a.token, subscription({ endpoint: gone }));
    const spy = vi.spyOn(webpush, "sendNotification").mockImplementation(async (sub) => {
      if (sub.endpoint === gone) throw new webpush.WebPushError("Gone", 410, {}, "", gone);
      return { statusCode: 201, body: "", headers: {} };
    });
    const result = await sendPush(a.user.id, { title: "T", body: "B", url: "/notifications" });
    expect(result).toEqual({ status: "sent", providerMessageId: null });
    expect(spy).toHaveBeenCalledTimes(2);
    expect(JSON.parse(spy.mock.calls[0]![1] as string)).toEqual({
      title: "T",
      body: "B",
      url: "/notifications",
    });
    expect(await ownerOf(gone)).toBeUndefined();
    expect(await ownerOf(endpoint)).toBe(a.user.id);
  });

  it("fails for good when every subscription is gone, and retryably on other errors", async () => {
    const a = await createPatientWithToken();
    await subscribe(a.token, subscription());
    vi.spyOn(webpush, "sendNotification").mockRejectedValueOnce(
      new webpush.WebPushError("Server error", 500, {}, "", endpoint),
    );
    const transient = await sendPush(a.user.id, { title: "T", body: "B", url: "/" }).catch(
      (e: unknown) => e,
    );
    expect((transient as DeliveryError).permanent).toBe(false);
    vi.spyOn(webpush, "sendNotification").mockRejectedValueOnce(
      new webpush.WebPushError("Not found", 404, {}, "", endpoint),
    );
    const permanent = await sendPush(a.user.id, { title: "T", body: "B", url: "/" }).catch(
      (e: unknown) => e,
    );
    expect((permanent as DeliveryError).permanent).toBe(true);
    expect(await db.$count(pushSubscriptions)).toBe(0);
    expect(await sendPush(a.user.id, { title: "T", body: "B", url: "/" })).toMatchObject({
      status: "skipped",
    });
  });
});
